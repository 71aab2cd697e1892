// The library index cut into shards of consecutive summaries, so the browser fetches the part
// of the list the reader scrolls to instead of the whole index (megabytes at 100,000 articles).
import { createHash } from 'node:crypto';
import { checkOf } from '../config/search.ts';
import { LIST_DIR, LIST_MANIFEST, type ListManifest, type ListShard } from '../config/list.ts';
import type { LibraryIndex } from '../data/types.ts';

/** Summaries per shard: ~30–140 kB gzipped, a few screens of scrolling each. */
export const LIST_SHARD_ARTICLES = 1000;

/**
 * The manifest and shard files, keyed by their path under the data folder. Shards are counted
 * from the oldest article, so a new article (the newest, at the front of the index) changes
 * only the first shard: the others keep their content-hashed names and stay cached.
 */
export function buildListFiles(
  index: LibraryIndex,
  shardArticles = LIST_SHARD_ARTICLES,
): Map<string, string> {
  const { articles } = index;
  const files = new Map<string, string>();
  const shards: ListManifest['shards'] = [];
  const first = articles.length % shardArticles || shardArticles;
  for (let from = 0; from < articles.length;) {
    const count = from === 0 ? first : shardArticles;
    const shard: ListShard = { version: 1, articles: articles.slice(from, from + count) };
    const json = JSON.stringify(shard);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const file = `${articles.length - from}-${hash}.json`;
    files.set(`${LIST_DIR}/${file}`, json);
    shards.push([from, shard.articles.length, file]);
    from += count;
  }
  const manifest: ListManifest = {
    version: 1,
    total: articles.length,
    dated: articles.filter((a) => a.published !== undefined).length,
    shards,
    check: checkOf(articles.map((a) => a.id)),
  };
  files.set(LIST_MANIFEST, JSON.stringify(manifest));
  return files;
}
