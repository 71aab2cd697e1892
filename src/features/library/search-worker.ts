// Web worker: fetches the search manifest and shards off the main thread and answers queries,
// so typing never waits for a shard to download, parse or be searched.
import { openSearchIndex, type SearchEngine } from './search-engine.ts';
import { packMatches, type WorkerReply, type WorkerRequest } from './search-protocol.ts';

/** The worker's global scope, typed here because the project compiles against the DOM lib. */
interface WorkerScope {
  postMessage: (reply: WorkerReply, transfer?: Transferable[]) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<WorkerRequest>) => void,
  ) => void;
}

const scope = self as unknown as WorkerScope;
let engine: Promise<SearchEngine> | null = null;
/** The newest query not yet answered; older ones are dropped, not searched. */
let next: WorkerRequest | null = null;

async function answer(request: WorkerRequest): Promise<void> {
  try {
    engine ??= openSearchIndex(request.url);
    const ready = await engine;
    const matches = await ready.search(request.query);
    const packed = packMatches(matches);
    scope.postMessage({ id: request.id, check: ready.manifest.check, ...packed }, [
      packed.docs.buffer,
      packed.setOf.buffer,
    ]);
  } catch (error) {
    engine = null; // try again on the next query (back online, say)
    scope.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

// Queries are answered one task later, so keystrokes that queued up while a search ran
// collapse into the newest one.
scope.addEventListener('message', (event) => {
  if (event.data.prefetch === true) {
    engine ??= openSearchIndex(event.data.url);
    engine.then((ready) => ready.prefetch(event.data.query)).catch(() => (engine = null));
    return;
  }
  if (next !== null) scope.postMessage({ id: next.id, superseded: true });
  next = event.data;
  setTimeout(() => {
    const request = next;
    next = null;
    if (request !== null) void answer(request);
  }, 0);
});
