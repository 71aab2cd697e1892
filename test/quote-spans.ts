// The quote-span invariants both property suites check: spans in order, inside their
// paragraph, and on quote marks (a piece of a quotation running over paragraphs may start or
// end at the paragraph's edge instead).
import { expect } from 'vitest';
import type { Article } from '../src/pipeline/index.ts';
import { QUOTE_MARKS } from '../src/pipeline/quote-marks.ts';

export function expectSaneQuoteSpans(article: Article | null): void {
  for (const paragraph of article?.paragraphs ?? []) {
    let cursor = 0;
    for (const quote of paragraph.quotes) {
      expect(quote.start).toBeGreaterThanOrEqual(cursor);
      expect(quote.end).toBeGreaterThan(quote.start);
      expect(quote.end).toBeLessThanOrEqual(paragraph.text.length);
      // A piece of a quotation running over paragraphs starts or ends at the paragraph edge.
      if (quote.continuesFromPrevious === undefined) {
        expect(QUOTE_MARKS.has(paragraph.text[quote.start] ?? '')).toBe(true);
      }
      // An unclosed quotation runs to the end of its paragraph.
      if (quote.end < paragraph.text.length) {
        expect(QUOTE_MARKS.has(paragraph.text[quote.end - 1] ?? '')).toBe(true);
      }
      cursor = quote.end;
    }
  }
}
