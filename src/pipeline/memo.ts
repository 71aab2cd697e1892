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

/**
 * memoize for a function of a setting (a language) and a line: one cache per setting, keyed by
 * the line itself, so that no key string is built per call (lines are long; their hash is
 * computed once per string).
 */
export function memoizeBy<T>(fn: (setting: string, line: string) => T) {
  const bySetting = new Map<string, Map<string, T>>();
  caches.push(bySetting);
  return (setting: string, line: string): T => {
    let cache = bySetting.get(setting);
    if (cache === undefined) {
      cache = new Map();
      bySetting.set(setting, cache);
    }
    const hit = cache.get(line);
    if (hit !== undefined || cache.has(line)) return hit as T;
    const value = fn(setting, line);
    cache.set(line, value);
    return value;
  };
}

/** Forgets every memoised result; called when a new article starts. */
export function clearMemos(): void {
  for (const cache of caches) cache.clear();
}
