// Building regular expressions from word lists (the lexicons).

/** The word with regular-expression characters escaped. */
export const escapeRegex = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `a|b|c` over the words, longest first so that "a déclaré" wins over "a". */
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
