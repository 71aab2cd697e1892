// The search client loads with the first focus or keystroke, not with the page. Once it has
// loaded, calls go to it directly: a dynamic import, even of a module already loaded, resolves
// only after the tasks queued before it (a render), which cost a keystroke up to 30 ms.
type SearchClientModule = typeof import('./search-client.ts');

let loaded: SearchClientModule | null = null;
let loading: Promise<SearchClientModule> | null = null;

/** Runs `run` with the search client module, at once when it has loaded. */
export function withSearchClient<T>(
  run: (client: SearchClientModule) => T | PromiseLike<T>,
): Promise<T> {
  if (loaded !== null) {
    try {
      return Promise.resolve(run(loaded));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  loading ??= import('./search-client.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // offline before the client was cached: the next call tries again
      throw error;
    },
  );
  return loading.then(run);
}
