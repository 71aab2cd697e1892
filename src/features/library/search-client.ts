// The page's side of search: the engine is loaded lazily (first focus or first query) in a
// worker, so neither the engine nor any part of the index is in the first page load.
import { SEARCH_MANIFEST } from '../../config/search-files.ts';
import {
  unpackMatches,
  type SearchResult,
  type WorkerReply,
  type WorkerRequest,
} from './search-protocol.ts';

export interface SearchClient {
  /** Ranked matches for the query; the first call fetches the manifest, each the shards it needs. */
  search: (query: string) => Promise<SearchResult>;
  /** Fetches, in the background, the shards the next keystroke after `typed` may need. */
  prefetch: (typed: string) => void;
}

const indexUrl = (): string =>
  new URL(`${import.meta.env.BASE_URL}data/${SEARCH_MANIFEST}`, window.location.href).href;

function createWorkerClient(): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (result: SearchResult) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('docs' in reply) waiting?.resolve({ matches: unpackMatches(reply), check: reply.check });
    else waiting?.reject(new Error('error' in reply ? reply.error : 'superseded'));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('search worker failed'));
    pending.clear();
  });
  return {
    prefetch: (typed) => {
      const request: WorkerRequest = { id: 0, url: indexUrl(), query: typed, prefetch: true };
      worker.postMessage(request);
    },
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
    prefetch: (typed) => {
      engine?.then((ready) => ready.prefetch(typed)).catch(() => undefined);
    },
    search: async (query) => {
      engine ??= import('./search-engine.ts').then((m) => m.openSearchIndex(indexUrl()));
      try {
        const ready = await engine;
        return { matches: await ready.search(query), check: ready.manifest.check };
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

/** While the reader types: the shards the next letter may need start downloading now. */
export function prefetchSearch(typed: string): void {
  getSearchClient().prefetch(typed);
}

/** Forgets the loaded engine (tests load a different library per case). */
export function resetSearchClient(): void {
  client = null;
}
