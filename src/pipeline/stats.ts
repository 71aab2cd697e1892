// Word counts and reading time, calibrated per language: silent reading speeds differ by
// language (Brysbaert 2019 meta-analysis, words per minute for non-fiction).
import { countWords } from './noise.ts';

/** Words per minute by BCP 47 primary tag. Indonesian words are long (many affixes). */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  en: 238,
  id: 200,
  de: 179,
  fr: 195,
  ru: 184,
  ro: 190,
  es: 218,
  pt: 181,
  it: 188,
  nl: 202,
};
const DEFAULT_WPM = 200;
/** Characters of excerpt shown in lists and meta descriptions. */
const EXCERPT_CHARS = 200;

export { countWords };

/** Whole minutes to read `words` words in `lang`, at least 1. */
export function readingMinutes(words: number, lang: string): number {
  const wpm = WORDS_PER_MINUTE[lang] ?? DEFAULT_WPM;
  return Math.max(1, Math.round(words / wpm));
}

/** The opening of the body cut at a word boundary, with an ellipsis when cut. */
export function makeExcerpt(paragraphs: readonly string[]): string {
  const text = paragraphs.join(' ');
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}
