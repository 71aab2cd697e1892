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
