// Speakers the context makes clear for quotes with no cue of their own: a second quote in
// the same paragraph, a run of quote-only paragraphs, dialogue turns, continued quotations.
import type { Person } from './people.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Found } from './quotes.ts';

/** A run of quote paragraphs longer than this does not pass its speaker further back. */
const MAX_INHERIT_PASSES = 30;

/** A quote with nothing but punctuation around it in its paragraph. */
export function isWholeParagraph(text: string, span: QuoteSpan): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, span.start) + text.slice(span.end));
}

/** A quotation ending in a question mark. */
const isQuestion = (text: string, span: QuoteSpan): boolean =>
  /\?\s*$/u.test(text.slice(span.innerStart, span.innerEnd));

/** A quote opening its paragraph: a turn in a dialogue. */
function isTurn(quote: Found | undefined, texts: readonly string[]): quote is Found {
  return (
    quote !== undefined &&
    quote.kind === 'direct' &&
    !/[\p{L}\p{N}]/u.test((texts[quote.paragraph] ?? '').slice(0, quote.span.start))
  );
}

/**
 * In a dialogue (turns by two different people in the two paragraphs before), an
 * unattributed turn belongs to the person who spoke two turns earlier.
 */
function dialogueTurn(
  found: readonly Found[],
  i: number,
  texts: readonly string[],
): Pick<Found, 'person' | 'phrase'> | undefined {
  const quote = found[i];
  const prev = found[i - 1];
  const prev2 = found[i - 2];
  if (!isTurn(quote, texts) || !isTurn(prev, texts) || !isTurn(prev2, texts)) return undefined;
  if (prev.paragraph !== quote.paragraph - 1 || prev2.paragraph !== quote.paragraph - 2)
    return undefined;
  // Speakers may be people or descriptions ("wartawan" asking, a named official answering).
  const who = (q: Found): Person | string | undefined => q.person ?? q.phrase;
  const last = who(prev);
  const before = who(prev2);
  if (last === undefined || before === undefined || last === before) return undefined;
  return prev2.person !== undefined ? { person: prev2.person } : { phrase: prev2.phrase ?? '' };
}

export function inheritSpeakers(found: Found[], texts: readonly string[]): void {
  const speakerOf = (q: Found | undefined): Pick<Found, 'person' | 'phrase'> | null =>
    q !== undefined && q.kind === 'direct' && (q.person !== undefined || q.phrase !== undefined)
      ? { ...(q.person ? { person: q.person } : {}), ...(q.phrase ? { phrase: q.phrase } : {}) }
      : null;
  // Repeat until stable: a run of quote paragraphs passes its speaker back one step per pass.
  for (let changed = true, pass = 0; changed && pass < MAX_INHERIT_PASSES; pass++) {
    changed = false;
    found.forEach((quote, i) => {
      if (quote.kind !== 'direct' || quote.cue !== null || speakerOf(quote) !== null) return;
      const prev = found[i - 1];
      const next = found[i + 1];
      const text = texts[quote.paragraph] ?? '';
      let source: Pick<Found, 'person' | 'phrase'> | null = null;
      const alternate = dialogueTurn(found, i, texts);
      if (quote.span.continuesFromPrevious) source = speakerOf(prev);
      else if (alternate !== undefined) source = alternate;
      else if (prev !== undefined && prev.paragraph === quote.paragraph && prev.kind === 'direct')
        source = speakerOf(prev);
      else if (isWholeParagraph(text, quote.span)) {
        // A quote paragraph after a quote paragraph (bare, or with its cue after the quote:
        // '"…," said Mrs Hale.') goes on with the same speaker, as news prints long quotes.
        // A question, though, is answered by someone else.
        const follows =
          prev !== undefined &&
          prev.paragraph === quote.paragraph - 1 &&
          !isQuestion(texts[prev.paragraph] ?? '', prev.span) &&
          (isWholeParagraph(texts[prev.paragraph] ?? '', prev.span) || isTurn(prev, texts));
        source =
          (next !== undefined && next.paragraph === quote.paragraph + 1 ? speakerOf(next) : null) ??
          (follows ? speakerOf(prev) : null);
      }
      if (source !== null) {
        Object.assign(quote, source);
        quote.basis = quote.span.continuesFromPrevious ? 'continuation' : 'context';
        changed = true;
      }
    });
  }
}

/**
 * A quotation running over several paragraphs is one utterance: every piece takes the
 * speaker of whichever piece carries the cue (usually the last).
 */
export function shareAcrossContinuations(found: Found[]): void {
  let chain: Found[] = [];
  const flush = (): void => {
    const source = chain.find((q) => q.person !== undefined || q.phrase !== undefined);
    if (source !== undefined) {
      for (const piece of chain) {
        if (piece.person === undefined && piece.phrase === undefined) {
          if (source.person !== undefined) piece.person = source.person;
          if (source.phrase !== undefined) piece.phrase = source.phrase;
          piece.basis = 'continuation';
        }
      }
    }
    chain = [];
  };
  for (const quote of found) {
    if (chain.length > 0 && !quote.span.continuesFromPrevious) flush();
    if (quote.span.continuesToNext || quote.span.continuesFromPrevious) chain.push(quote);
    if (!quote.span.continuesToNext) flush();
  }
  flush();
}
