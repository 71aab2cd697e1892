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

/** Whether the seeds folder is small enough to precache every article. */
export function shouldPrecacheAll(seedsDir: string): boolean {
  let count = 0;
  let bytes = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) {
        count++;
        bytes += statSync(full).size;
      }
    }
  };
  try {
    walk(seedsDir);
  } catch {
    return true;
  }
  return count <= PRECACHE_MAX_ARTICLES && bytes <= PRECACHE_MAX_BYTES;
}
