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
  /**
   * Files under `list/` that filter and sort the list without its shards (see ListFacet):
   * a language, an outlet, a speaker, "with quotes" or a sort by length fetches one small
   * file, then only the shards of the rows on screen. Absent in manifests of older builds.
   */
  facets?: Record<FacetKind, string>;
}

/**
 * What a facet file answers: which articles per language, outlet or speaker, which have
 * quotes, the order by length, and where an article is by its id (the reader's read articles,
 * for the unread filter).
 */
export const FACET_KINDS = [
  'languages',
  'outlets',
  'speakers',
  'quoted',
  'shortest',
  'ids',
] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/**
 * `data/list/facet-<kind>-<hash>.json`. Places are positions in index order (newest first).
 * Ascending lists of places are written as gaps (the first place, then each one's distance
 * from the one before) so that a language of 60,000 articles is mostly ones.
 */
export type ListFacet =
  /** languages, outlets: per value, its articles' places (gaps), most articles first. */
  | { version: 1; kind: 'languages' | 'outlets'; values: [value: string, gaps: number[]][] }
  /**
   * speakers: per person quoted, most quotes first: the places (gaps) of the articles quoting
   * them, their direct quotes across the library, and the longest form of their name when
   * longer (as countSpeakers gives them on the whole index).
   */
  | {
      version: 1;
      kind: 'speakers';
      values: [name: string, gaps: number[], quotes: number, fullName?: string][];
    }
  /** quoted: places (gaps) of the articles with at least one direct quote. */
  | { version: 1; kind: 'quoted'; gaps: number[] }
  /** shortest: every place, shortest article first (ties in index order). */
  | { version: 1; kind: 'shortest'; places: number[] }
  /**
   * ids: the files (under `list/`) that say where articles are by id, one per bucket of ids
   * (`nameBucket(id, buckets.length)`): the unread filter fetches those of the read articles.
   */
  | { version: 1; kind: 'ids'; buckets: string[] }
  /** `list/ids-<bucket>-<hash>.json`: the articles whose ids fall in one bucket, and their places. */
  | { version: 1; kind: 'places'; ids: [id: string, place: number][] };

/** Ids per bucket of the `ids` facet: a read article costs one such file (~10 kB gzip). */
export const IDS_PER_BUCKET = 500;

/** Gaps from ascending places (see ListFacet). */
export function toGaps(places: readonly number[]): number[] {
  return places.map((place, i) => place - (i === 0 ? 0 : (places[i - 1] ?? 0)));
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
