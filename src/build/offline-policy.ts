// How much of the library is precached by the service worker. Small libraries are precached
// whole (every article works offline after one visit, even never-opened ones); large ones
// precache the shell and index and keep articles in a bounded runtime cache, with "Save all
// for offline" to fetch the rest on request. See README "Offline".
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Up to this many articles everything is precached (a typical reading list is far below). */
export const PRECACHE_MAX_ARTICLES = 400;
/** …and up to this many bytes of seed text (article JSON is about the same size, gzipped less). */
export const PRECACHE_MAX_BYTES = 8 * 1024 * 1024;
/** Articles kept in the runtime cache when the library is too big to precache. */
export const RUNTIME_CACHE_ENTRIES = 1000;
export { ARTICLE_CACHE } from '../config/offline.ts';

/**
 * Up to this many articles the list's shards are precached, so the whole list (sort, filter,
 * search results) works offline after one visit: ~4 MB of summaries at 10,000 articles. A
 * larger library caches the shards the reader reaches, and "Save all for offline" the rest.
 */
export const PRECACHE_LIST_MAX_ARTICLES = 20_000;

/** Seed files (.txt and .html) in the folder and below, and their bytes. */
function countSeeds(seedsDir: string): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt') || entry.name.endsWith('.html')) {
        count++;
        bytes += statSync(full).size;
      }
    }
  };
  try {
    walk(seedsDir);
  } catch {
    return { count: 0, bytes: 0 };
  }
  return { count, bytes };
}

/** Whether the seeds folder is small enough to precache every article. */
export function shouldPrecacheAll(seedsDir: string): boolean {
  const { count, bytes } = countSeeds(seedsDir);
  return count <= PRECACHE_MAX_ARTICLES && bytes <= PRECACHE_MAX_BYTES;
}

/** Whether the list's shards are few enough to precache (see PRECACHE_LIST_MAX_ARTICLES). */
export function shouldPrecacheList(seedsDir: string): boolean {
  return countSeeds(seedsDir).count <= PRECACHE_LIST_MAX_ARTICLES;
}
