// Memoising pure string functions within one article. Line classifiers run several times
// per line (structure, settling, quotes); caching keeps that cheap. Caches are cleared at the
// start of every article, so no work carries over between articles (benchmarks stay honest)
// and results never depend on the cache.

const caches: Map<string, unknown>[] = [];

export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** Forgets every memoised result; called when a new article starts. */
export function clearMemos(): void {
  for (const cache of caches) cache.clear();
}
