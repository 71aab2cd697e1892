// The library list in shards: the build writes them, the browser fetches the ones the reader
// reaches (see docs/DESIGN.md "List shards"). Kept apart from the code that reads them so the
// first page's bundle carries only these names.
import type { ArticleSummary } from '../data/types.ts';

export const LIST_DIR = 'list';
export const LIST_MANIFEST = `${LIST_DIR}/manifest.json`;

/** `data/list/manifest.json`: how many articles, and which file holds which of them. */
export interface ListManifest {
  version: 1;
  /** Articles in the library. */
  total: number;
  /** Articles with a publication date: in index order they come first, undated ones after. */
  dated: number;
  /** Per shard: [first article's number in index order, articles, file under `list/`]. */
  shards: [from: number, count: number, file: string][];
  /** First and last article id, to tell a manifest from another build (see search `check`). */
  check: string;
}

/**
 * `data/list/<n>-<hash>.json`: consecutive articles of the index, newest first; `n` counts
 * the articles from this shard's first to the library's last. Where the shard starts is the
 * manifest's to say: a new article moves every shard's start but changes no other shard.
 */
export interface ListShard {
  version: 1;
  articles: ArticleSummary[];
}
