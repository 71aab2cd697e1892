// The one search configuration shared by the build (which writes the index) and the browser
// (which fetches the parts a query needs and searches them). Both sides must agree on fields,
// term processing and the file format below.
import { foldText, WORD_SEPARATOR } from '../lib/normalise.ts';

/** What the build indexes per article. */
export interface SearchDocument {
  title: string;
  speakers: string;
  /** The outlet and the author, when the article names them. */
  source: string;
  body: string;
}

/** Each field's bit in a posting's code, and its weight in the score. */
export const FIELDS = [
  { name: 'title', bit: 1, boost: 3 },
  { name: 'speakers', bit: 2, boost: 2 },
  { name: 'source', bit: 4, boost: 2 },
  { name: 'body', bit: 8, boost: 1 },
] as const satisfies readonly { name: keyof SearchDocument; bit: number; boost: number }[];

/** A posting's code: the field bits, then the term's count in the body (capped) above them. */
export const BODY_COUNT_SHIFT = 4;
export const BODY_COUNT_MAX = 15;

/** Shortest term that also matches as a prefix ("bant" → "bantuan"). */
export const PREFIX_MIN_CHARS = 2;
/** Shortest term matched fuzzily; shorter ones would match too much. */
export const FUZZY_MIN_CHARS = 4;
/** Edits allowed per character of a fuzzy term (0.2: one typo in 5 letters). */
export const FUZZY_RATIO = 0.2;

/** The index terms of a text: its words, case and accents folded ("Pläne" → "plane"). */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.split(WORD_SEPARATOR)) {
    const folded = foldText(word);
    if (folded.length > 0) terms.push(folded);
  }
  return terms;
}

/**
 * The search index as files (format version 2), so a query downloads only what it needs:
 *
 * - `search/manifest.json` (`SearchManifest`): the article count, a check that the index and
 *   `index.json` are from the same build, the terms left out as too common, and the shards: the
 *   sorted vocabulary cut into ranges, each named by its first term and its file.
 * - `search/<file>` (`SearchShard`): term → postings, a flat array of pairs (article number
 *   minus the previous one's, code), article numbers being positions in `index.json`.
 *
 * Shard names carry a hash of their content, so a cached shard is never stale.
 */
export interface SearchManifest {
  version: 2;
  /** Articles indexed: `index.json` holds as many, in the same order. */
  count: number;
  /** First and last article ids, joined by a space: the same build as `index.json`. */
  check: string;
  /** Terms in more than a quarter of the articles: not indexed, they match every article. */
  common: string[];
  /** [first term, file] per shard, by first term. */
  shards: [string, string][];
}

export type SearchShard = Record<string, number[]>;

export { SEARCH_DIR, SEARCH_MANIFEST } from './search-files.ts';

/** The manifest's `check` for a library whose articles have these ids, in index order. */
export function checkOf(ids: readonly string[]): string {
  return `${ids[0] ?? ''} ${ids[ids.length - 1] ?? ''}`;
}
