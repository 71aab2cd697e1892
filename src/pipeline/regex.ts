// Building regular expressions from word lists (the lexicons).

/** The word with regular-expression characters escaped. */
export const escapeRegex = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Menurut Ganjar, …" → "menurut Ganjar, …": a capital that only opens a sentence is lowered. */
export const lowerSentenceStarts = (text: string): string =>
  text.replace(
    /(^|[.!?]\s+)(\p{Lu})(?=\p{Ll})/gu,
    (_, lead: string, c: string) => lead + c.toLowerCase(),
  );

/** `a|b|c` over the words, longest first so that "a déclaré" wins over "a". */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

/**
 * One test for a list of patterns: patterns with the same flags are joined into a single
 * alternation, which the engine scans once instead of once per pattern. Patterns with
 * backreferences or named groups are kept apart (joining would renumber or clash them).
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const alone: RegExp[] = [];
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/gu, '');
    if (/\\\d|\(\?<[^=!]/u.test(pattern.source)) alone.push(new RegExp(pattern.source, flags));
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), pattern.source]);
  }
  const joined = [...byFlags].map(
    ([flags, sources]) => new RegExp(sources.map((source) => `(?:${source})`).join('|'), flags),
  );
  const all = [...joined, ...alone];
  return (text) => all.some((pattern) => pattern.test(text));
}

const LETTER_OR_APOSTROPHE = /^[\p{L}’']$/u;
const SPACE = /^\s$/u;

/** The character (a whole code point) ending at `end`, and where it starts. */
function charBefore(text: string, end: number): { char: string; start: number } {
  const low = text.charCodeAt(end - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && end >= 2 ? end - 2 : end - 1;
  return { char: text.slice(start, end), start };
}

/**
 * The word the text ends with, trailing spaces aside — what `/([\p{L}’']+)\s*$/u` captures —
 * read backwards from the end, so its cost is the word's length, not the text's.
 */
export function trailingWord(text: string, letters: RegExp = LETTER_OR_APOSTROPHE): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1] ?? '')) end--;
  let start = end;
  for (;;) {
    if (start === 0) break;
    const { char, start: from } = charBefore(text, start);
    if (!letters.test(char)) break;
    start = from;
  }
  return text.slice(start, end);
}
