// Repeated paragraphs: scrapers print the body (or part of it) twice. The first copy wins.
import { lineKey } from './normalise.ts';

/** Lines with every repeat of an earlier line removed (compared ignoring case and punctuation). */
export function removeRepeats(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = lineKey(line);
    if (key.length === 0) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
