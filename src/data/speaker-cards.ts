// The Speakers page's entries from the index: shared by the build (which shards them) and by
// sources that hold the index in memory (prerendering, tests).
import type { LatestArticle, SpeakerCard } from '../config/speakers.ts';
import { foldText, WORD_SEPARATOR } from '../lib/normalise.ts';
import { countSpeakers } from './speaker-stats.ts';
import type { ArticleSummary } from './types.ts';

/** Articles listed under each speaker; their page lists every quote. */
export const LATEST_ARTICLES = 3;

/** Everyone quoted, most quotes first, each with up to `limit` of their newest articles. */
export function speakerCards(
  articles: readonly ArticleSummary[],
  limit = LATEST_ARTICLES,
): SpeakerCard[] {
  const latest = new Map<string, LatestArticle[]>();
  // The index is newest first: the first articles met are the newest.
  for (const { id, title, lang, speakers } of articles) {
    for (const [name, quotes] of speakers) {
      const list = latest.get(name) ?? [];
      if (list.length < limit) list.push([id, title, lang, quotes]);
      latest.set(name, list);
    }
  }
  return countSpeakers(articles).map((stat) => ({ ...stat, latest: latest.get(stat.name) ?? [] }));
}

/** The letter a name is filed under (accents folded), or '#' for anything else. */
export function letterOf(name: string): string {
  const first = foldText(name).charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : '#';
}

/** The letters names are filed under, sorted. */
export function lettersOf(cards: readonly { name: string }[]): string[] {
  return [...new Set(cards.map((card) => letterOf(card.name)))].sort();
}

const LEADING_SEPARATORS = new RegExp(`^(?:${WORD_SEPARATOR.source})`, 'u');
const SEPARATOR = new RegExp(`^(?:${WORD_SEPARATOR.source})$`, 'u');

/** What the reader typed to find a name, as names are matched: folded, from its first letter. */
export function nameQuery(typed: string): string {
  return foldText(typed).trim().replace(LEADING_SEPARATORS, '');
}

/**
 * Whether a name has a word starting with the query (`nameQuery`): "wid" and "joko wi" find
 * "Joko Widodo", "dodo" does not — how people look a person up, and what a file of the
 * query's first letters can answer without every name. A single letter finds the names that
 * start with it ("j", not "w", finds "Joko Widodo"): the first letter typed is an index
 * letter, as in a phone's contacts, and one letter answers from the names filed under it.
 */
export function nameMatches(name: string, query: string): boolean {
  if (query === '') return true;
  const folded = foldText(name);
  if (isOneLetter(query)) {
    const letter = letterOf(query);
    return letter === '#' ? folded.startsWith(query) : letterOf(name) === letter;
  }
  for (let at = folded.indexOf(query); at >= 0; at = folded.indexOf(query, at + 1))
    if (at === 0 || SEPARATOR.test(folded.charAt(at - 1))) return true;
  return false;
}

/** A query of one letter (code point). */
export function isOneLetter(query: string): boolean {
  return query !== '' && Array.from(query).length === 1;
}

/** Letters (code points) a find key has at least, and at most however many people share it. */
const MIN_KEY_LETTERS = 2;
export const MAX_KEY_LETTERS = 6;

/**
 * The key a word is found under: its first two letters, or more where the build split a
 * crowded prefix (`split`: the keys it lengthened by a letter).
 */
export function findKey(word: string, split: ReadonlySet<string>): string {
  const letters = Array.from(word);
  let depth = MIN_KEY_LETTERS;
  while (depth < letters.length && split.has(letters.slice(0, depth).join(''))) depth++;
  return letters.slice(0, depth).join('');
}

/** The words of a name, folded, each once: what it is found by. */
export function nameWords(name: string): string[] {
  return [...new Set(foldText(name).split(WORD_SEPARATOR))].filter((word) => word !== '');
}

/** The files of the keys starting with `key`, or of `key` alone (`whole`). */
function filesOfKey(
  files: readonly (readonly [string, string])[],
  key: string,
  whole: boolean,
): string[] {
  // The last file starting at or before the key, to the last starting within its range.
  const upTo = whole ? key : `${key}\uffff`;
  const first = files.findLastIndex(([from]) => from <= key);
  const last = files.findLastIndex(([from]) => from <= upTo);
  return files.slice(Math.max(0, first), last + 1).map(([, file]) => file);
}

/** How a typed name is looked up: the find files to read, or the crowd file of its one word. */
export interface NameLookup {
  files: string[];
  /** The query is one crowded word: every name with a word starting with it (`findCrowds`). */
  crowd?: string;
}

/**
 * The find files (`[firstKey, file]`, by first key in code-unit order) that can hold the
 * names a query (`nameQuery`) matches. Each word of the query starts a word of theirs, so
 * their key is that word's (`findKey`), or — when the word is shorter than the keys under it
 * (one letter, or a crowded prefix) — any key starting with it: the query word needing the
 * fewest files is looked up. A query of one crowded word has a file of its own (`crowds`).
 */
export function findFilesFor(
  files: readonly (readonly [string, string])[],
  split: ReadonlySet<string>,
  query: string,
  crowds: ReadonlyMap<string, string> = new Map(),
): NameLookup {
  const words = query.split(WORD_SEPARATOR).filter((word) => word !== '');
  let best: string[] | null = null;
  for (const word of words) {
    const key = findKey(word, split);
    const whole = Array.from(key).length >= MIN_KEY_LETTERS && !split.has(key);
    const crowd = crowds.get(key);
    if (words.length === 1 && !whole && crowd !== undefined) return { files: [], crowd };
    const found = filesOfKey(files, key, whole);
    if (best === null || found.length < best.length) best = found;
  }
  return { files: best ?? [] };
}
