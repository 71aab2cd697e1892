// Comparing names as whole words, case-insensitively, with titles and roles set aside.

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Whether `needle` occurs in `haystack` as whole words (any case, any spacing between words). */
export function containsWords(haystack: string, needle: string): boolean {
  const tokens = needle
    .trim()
    .split(/\s+/u)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return false;
  const pattern = `(?<![\\p{L}\\p{N}])${tokens.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`;
  return new RegExp(pattern, 'iu').test(haystack);
}

/** The name with title, rank and role words removed ("Kompol Budi Santoso" → "Budi Santoso"). */
export function withoutTitles(name: string, titleWords: ReadonlySet<string>): string {
  return name
    .split(/\s+/u)
    .filter((t) => !titleWords.has(t.toLowerCase().replace(/[.,:;]+$/u, '')))
    .join(' ');
}

/** Two forms of one name: one contains the other as whole words ("Miller", "Jane Miller"). */
export function sameName(a: string, b: string): boolean {
  return containsWords(a, b) || containsWords(b, a);
}
