// The page's side of search: the engine is loaded lazily (first focus or first query) in a
// worker, so neither MiniSearch nor the index is part of the first page load.
import type { SearchHit } from './library-view.ts';
import type { WorkerReply, WorkerRequest } from './search-protocol.ts';

export interface SearchClient {
  /** Ranked hits for the query; the first call loads the index. */
  search: (query: string) => Promise<SearchHit[]>;
}

const indexUrl = (): string =>
  new URL(`${import.meta.env.BASE_URL}data/search.json`, window.location.href).href;

function createWorkerClient(): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (hits: SearchHit[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('hits' in reply) waiting?.resolve(reply.hits);
    else waiting?.reject(new Error('error' in reply ? reply.error : 'superseded'));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('search worker failed'));
    pending.clear();
  });
  return {
    search: (query) =>
      new Promise((resolve, reject) => {
        const request: WorkerRequest = { id: ++nextId, url: indexUrl(), query };
        pending.set(request.id, { resolve, reject });
        worker.postMessage(request);
      }),
  };
}

/** Same engine on the main thread, for environments without workers (jsdom in tests). */
function createInlineClient(): SearchClient {
  let engine: Promise<import('./search-engine.ts').SearchEngine> | null = null;
  return {
    search: async (query) => {
      engine ??= import('./search-engine.ts').then((m) => m.fetchSearchEngine(indexUrl()));
      try {
        return (await engine).search(query);
      } catch (error) {
        engine = null;
        throw error;
      }
    },
  };
}

let client: SearchClient | null = null;

export function getSearchClient(): SearchClient {
  client ??= typeof Worker === 'undefined' ? createInlineClient() : createWorkerClient();
  return client;
}

/** Starts loading the index before the first query (on focus of the search field). */
export function warmSearch(): void {
  getSearchClient()
    .search('')
    .catch(() => undefined);
}

/** Forgets the loaded engine (tests load a different library per case). */
export function resetSearchClient(): void {
  client = null;
}
