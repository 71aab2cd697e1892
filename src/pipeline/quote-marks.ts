// Finding quotation spans in paragraphs, in any language's marks, balanced or not.
// Marks are paired by flanking (what stands on each side) and by family (double/single),
// so mismatched pairs such as "teroris” still pair and apostrophes (don't, l’édile) do not.

/** A span between an opening and a closing mark, before classification. */
export interface QuoteSpan {
  /** Offset of the opening mark, or 0 for a piece continuing from the previous paragraph. */
  start: number;
  /** Offset just past the closing mark, or the paragraph length when the quote runs on. */
  end: number;
  /** Offset of the first character inside the marks. */
  innerStart: number;
  /** Offset just past the last character inside the marks. */
  innerEnd: number;
  continuesFromPrevious: boolean;
  continuesToNext: boolean;
}

type Family = 'double' | 'single';

interface Mark {
  index: number;
  char: string;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

/** Every character treated as a quotation mark. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  '〝',
  '〞',
  '＂',
  '「',
  '」',
  "'",
  '‘',
  '’',
  '‚',
  '‹',
  '›',
]);
const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '〝', '〞', '＂', '「', '」']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);
/** Marks that only ever open. */
const OPEN_ONLY = new Set(['„', '‚', '「']);
/** Marks that only ever close. */
const CLOSE_ONLY = new Set(['」']);
/** Longest single-quoted span: longer "quotes" are apostrophes that happen to pair. */
const MAX_SINGLE_QUOTE_CHARS = 400;

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/u.test(char);
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isOpeningContext = (char: string | undefined): boolean =>
  char === undefined ||
  /[\s([{\-–—/:;,]/u.test(char) ||
  DOUBLE_MARKS.has(char) ||
  SINGLE_MARKS.has(char);
const isClosingContext = (char: string | undefined): boolean =>
  char === undefined ||
  /[\s)\]}.,;:!?\-–—…/]/u.test(char) ||
  DOUBLE_MARKS.has(char) ||
  SINGLE_MARKS.has(char);

function readMark(text: string, index: number): Mark | null {
  const char = text[index] ?? '';
  const double = DOUBLE_MARKS.has(char);
  if (!double && !SINGLE_MARKS.has(char)) return null;
  const prev = text[index - 1];
  const next = text[index + 1];
  const family: Family = double ? 'double' : 'single';
  // An apostrophe inside a word (don't, Ma'ruf, l’édile) or an elided year (‘24) is not a mark.
  if (!double && isWordChar(prev) && isWordChar(next)) return null;
  if (!double && /\d/u.test(next ?? '') && /^\d{2}(?!\d)/u.test(text.slice(index + 1, index + 4))) {
    return null;
  }
  let canOpen = !isSpace(next) && isOpeningContext(prev);
  let canClose = !isSpace(prev) && isClosingContext(next);
  if (OPEN_ONLY.has(char)) canClose = false;
  if (CLOSE_ONLY.has(char)) canOpen = false;
  // French « » and Russian «» stand apart from the words with spaces; allow both ways.
  if (char === '«') canOpen = !isSpace(next) || isOpeningContext(prev);
  if (char === '»') canClose = !isSpace(prev) || isClosingContext(next);
  // "…berhari-hari, ” kata Karini": a stray space between the closing punctuation and the
  // mark does not make it an opening mark.
  if (!canOpen && !canClose && isSpace(prev) && /[,.!?…]/u.test(text[index - 2] ?? ''))
    canClose = !OPEN_ONLY.has(char);
  if (!canOpen && !canClose) {
    if (char === '«' || char === '»' || char === '„') canOpen = char !== '»';
    else return null;
  }
  return { index, char, family, canOpen, canClose };
}

/** Whether `close` is an acceptable closing mark for an opening `open`. */
function closes(open: Mark, close: Mark): boolean {
  if (open.family !== close.family) return false;
  if (open.char === '«') return close.char === '»';
  if (open.char === '»') return close.char === '«';
  if (close.char === '«' || close.char === '»') return false;
  if (open.char === '‹') return close.char === '›';
  if (open.char === '「') return close.char === '」';
  return true;
}

/**
 * Any quotation mark. readMark reads nothing at other characters, so the paragraph is scanned
 * for marks first instead of asking it about every character.
 */
const ANY_MARK = new RegExp(`[${[...DOUBLE_MARKS, ...SINGLE_MARKS].join('')}]`, 'g');

/** Every mark in the text that can open or close a quotation. */
function readMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const { index } of text.matchAll(ANY_MARK)) {
    const mark = readMark(text, index);
    if (mark !== null) marks.push(mark);
  }
  return marks;
}

/**
 * Outermost quotation spans in one paragraph. `openFromPrevious` says whether a double quote
 * from the previous paragraph is still open; the result's `open` says the same for the next.
 */
export function findQuoteSpans(
  text: string,
  openFromPrevious: boolean,
): { spans: QuoteSpan[]; open: boolean } {
  const spans: QuoteSpan[] = [];
  const stack: Mark[] = [];
  let continuedOpener: Mark | null = null;
  let awaitingCloser = openFromPrevious;

  const marks = readMarks(text);
  for (const [position, mark] of marks.entries()) {
    if (awaitingCloser) {
      awaitingCloser = false;
      if (mark.family === 'double' && mark.index === 0 && mark.canOpen) {
        // English style re-opens a continued quotation at the start of the paragraph.
        continuedOpener = mark;
        stack.push(mark);
        continue;
      }
      if (mark.family === 'double' && mark.canClose && !mark.canOpen) {
        spans.push(makeSpan(0, 0, mark.index + 1, true));
        continue;
      }
    }
    const closable = mark.canClose && !isPossessive(text, mark, marks, position);
    const openerIndex = closable ? findOpener(stack, mark) : -1;
    if (openerIndex >= 0) {
      const opener = stack[openerIndex] as Mark;
      stack.length = openerIndex;
      const tooLong =
        opener.family === 'single' && mark.index - opener.index > MAX_SINGLE_QUOTE_CHARS;
      if (stack.length === 0 && !tooLong) {
        spans.push(
          makeSpan(opener.index, opener.index + 1, mark.index + 1, opener === continuedOpener),
        );
      }
      continue;
    }
    const top = stack[stack.length - 1];
    // A mark of the same family inside an open quote that could not close it is a stray.
    if (mark.canOpen && (top === undefined || top.family !== mark.family)) stack.push(mark);
  }

  // An unclosed double quote runs to the end of the paragraph (and maybe into the next).
  const outer = stack.find((mark) => mark.family === 'double');
  if (outer !== undefined && stack[0] === outer) {
    spans.push({
      start: outer.index,
      end: text.length,
      innerStart: outer.index + 1,
      innerEnd: text.length,
      continuesFromPrevious: outer === continuedOpener,
      continuesToNext: true,
    });
    return { spans, open: true };
  }
  return { spans, open: false };
}

/**
 * "the residents’ association": a single mark after a plural "s" and before a lower-case
 * word is an apostrophe when a later mark could still close the quote.
 */
function isPossessive(text: string, mark: Mark, marks: readonly Mark[], position: number): boolean {
  if (mark.family !== 'single' || !/[sS]/u.test(text[mark.index - 1] ?? '')) return false;
  if (!/^\s\p{Ll}/u.test(text.slice(mark.index + 1, mark.index + 3))) return false;
  return marks.slice(position + 1).some((later) => later.family === 'single' && later.canClose);
}

function findOpener(stack: readonly Mark[], mark: Mark): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (closes(stack[i] as Mark, mark)) return i;
    // A single closer cannot reach past an open double quote.
    if (mark.family === 'single') return -1;
  }
  return -1;
}

function makeSpan(
  start: number,
  innerStart: number,
  end: number,
  fromPrevious: boolean,
): QuoteSpan {
  return {
    start,
    end,
    innerStart,
    innerEnd: end - 1,
    continuesFromPrevious: fromPrevious,
    continuesToNext: false,
  };
}
