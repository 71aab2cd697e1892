// Splitting a paragraph into plain and quoted runs for rendering. Offsets that are out of
// range, inverted or overlapping are dropped, so every character is rendered exactly once.
import type { Quote } from '../../data/types.ts';

export interface Segment {
  text: string;
  /** Set on quoted runs. */
  quote?: Quote;
}

export function splitIntoSegments(text: string, quotes: readonly Quote[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  for (const quote of ordered) {
    const valid =
      Number.isInteger(quote.start) &&
      Number.isInteger(quote.end) &&
      quote.start >= cursor &&
      quote.end > quote.start &&
      quote.end <= text.length;
    if (!valid) continue;
    if (quote.start > cursor) segments.push({ text: text.slice(cursor, quote.start) });
    segments.push({ text: text.slice(quote.start, quote.end), quote });
    cursor = quote.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
