// The one search configuration shared by the build (which writes the index) and the browser
// (which loads and queries it). Both sides must agree on fields and term processing.
import type { Options, SearchOptions } from 'minisearch';
import { foldText, WORD_SEPARATOR } from '../lib/normalise.ts';

/** What the build indexes per article. */
export interface SearchDocument {
  id: string;
  title: string;
  speakers: string;
  /** The outlet and the author, when the article names them. */
  source: string;
  body: string;
}

/** Shortest term that also matches as a prefix ("bant" → "bantuan"). */
const PREFIX_MIN_CHARS = 2;
/** Shortest term matched fuzzily; shorter ones would match too much. */
const FUZZY_MIN_CHARS = 4;
/** Edits allowed per character of a fuzzy term (0.2: one typo in 5 letters). */
const FUZZY_RATIO = 0.2;

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'speakers', 'source', 'body'],
  storeFields: [],
  tokenize: (text) => text.split(WORD_SEPARATOR),
  processTerm: (term) => {
    const folded = foldText(term);
    return folded.length === 0 ? null : folded;
  },
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { title: 3, speakers: 2, source: 2 },
  prefix: (term) => term.length >= PREFIX_MIN_CHARS,
  fuzzy: (term) => (term.length >= FUZZY_MIN_CHARS ? FUZZY_RATIO : false),
  combineWith: 'AND',
};
