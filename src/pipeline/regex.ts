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
