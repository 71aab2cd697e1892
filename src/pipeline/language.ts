// Language detection with franc (trigram model), restricted to the languages news in Baca
// is written in, so that close neighbours (Javanese, Sundanese, Malay) do not steal
// Indonesian text. Returns BCP 47 primary tags.
import { franc } from 'franc-min';
import { memoize } from './memo.ts';
import { stopWordsOf } from './stopwords.ts';

/** ISO 639-3 (franc) → BCP 47 primary language subtag, for the languages considered. */
const LANGUAGES: Readonly<Record<string, string>> = {
  ind: 'id',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  rus: 'ru',
  ron: 'ro',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  vie: 'vi',
  swe: 'sv',
  ces: 'cs',
  hun: 'hu',
  ukr: 'uk',
  bul: 'bg',
  hrv: 'hr',
  tgl: 'tl',
  arb: 'ar',
  hin: 'hi',
  swh: 'sw',
};
const ONLY = Object.keys(LANGUAGES);
/** Trigram statistics settle within this many characters (checked on the corpus); more only costs time. */
const SAMPLE_CHARS = 400;
/** Below this many characters trigram statistics are noise. */
const MIN_LENGTH = 20;
/** Used when the text is too short or unlike any known language. */
export const UNDETERMINED = 'und';

/** BCP 47 tag of the text's language, or "und". */
export function detectLanguage(text: string): string {
  // Stop words settle most articles at once; the trigram model decides the close calls.
  const clear = clearStopWordLanguage(text.slice(0, SAMPLE_CHARS));
  if (clear !== undefined) return clear;
  const code = franc(text.slice(0, SAMPLE_CHARS), { only: ONLY, minLength: MIN_LENGTH });
  return LANGUAGES[code] ?? UNDETERMINED;
}

/** Stop-word hits the leading language needs, and how many times the runner-up's. */
const CLEAR_MIN_HITS = 5;
const CLEAR_MARGIN = 2;

/** The language whose stop words a sample uses far more than any other's, if one does. */
function clearStopWordLanguage(sample: string): string | undefined {
  const counts = stopWordCounts(sample);
  const sorted = [...counts].sort((a, b) => b - a);
  const [first = 0, second = 0] = sorted;
  if (first < CLEAR_MIN_HITS || first < CLEAR_MARGIN * second) return undefined;
  return SCRAPE_LANGUAGES[counts.indexOf(first)];
}

function stopWordCounts(sample: string): number[] {
  const counts = SCRAPE_LANGUAGES.map(() => 0);
  for (const word of sample.match(LETTERS) ?? []) {
    const languages = STOP_WORDS.get(word.toLowerCase());
    if (languages === undefined) continue;
    for (let i = 0; i < counts.length; i++)
      if ((languages & (1 << i)) !== 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/**
 * Languages told apart before the structure is read: those with word lists of their own
 * (lexicon/) and those whose dates common.ts reads.
 */
const SCRAPE_LANGUAGES = ['id', 'en', 'de', 'fr', 'ru', 'ro', 'es', 'pt', 'it', 'nl'];
/** Characters of prose sampled for that: a few sentences (checked on the corpus). */
const SCRAPE_SAMPLE_CHARS = 300;
/** Each stop word with the languages that list it, as bits (bit i: SCRAPE_LANGUAGES[i]). */
const STOP_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  SCRAPE_LANGUAGES.forEach((lang, i) => {
    for (const word of stopWordsOf(lang)) map.set(word, (map.get(word) ?? 0) | (1 << i));
  });
  return map;
})();
const LETTERS = /\p{L}+/gu;
const lineStopWordCounts = memoize(stopWordCounts);

/**
 * The language of a raw scrape before its structure is known, for the boilerplate scorer:
 * the language whose stop words (stopwords-iso, the lists the scorer then weighs) its prose
 * uses most. Menus and widgets come first on a page and are short, so the sample is taken
 * from the longest lines, where the prose is. Agrees with franc on every corpus and fixture
 * file, at a fraction of its cost (the scorer runs on every re-reading of the article).
 */
export function detectLinesLanguage(lines: readonly string[]): string {
  // The longest lines, longest first (the first of equals first), until the sample is long
  // enough: usually one or two lines, picked without sorting the whole page.
  const sample: string[] = [];
  const taken = new Set<number>();
  let chars = 0;
  while (chars < SCRAPE_SAMPLE_CHARS && taken.size < lines.length) {
    let best = -1;
    for (let i = 0; i < lines.length; i++) {
      if (!taken.has(i) && (best < 0 || (lines[i] ?? '').length > (lines[best] ?? '').length))
        best = i;
    }
    taken.add(best);
    const line = lines[best] ?? '';
    sample.push(line);
    chars += line.length + 1;
  }
  // Counts add up line by line (no word spans two lines), and the re-readings of an article
  // sample the same lines: each line is counted once.
  const counts = SCRAPE_LANGUAGES.map(() => 0);
  for (const line of sample) {
    const own = lineStopWordCounts(line);
    for (let i = 0; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (own[i] ?? 0);
  }
  const most = Math.max(...counts);
  return most === 0 ? UNDETERMINED : (SCRAPE_LANGUAGES[counts.indexOf(most)] ?? UNDETERMINED);
}
