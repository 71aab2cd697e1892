import { memoize } from './memo.ts';

// Text normalisation: the first step, so every later rule sees one canonical form.

const BOM = /^\uFEFF/;
const LINE_BREAKS = /\r\n?|\u2028|\u2029|\u0085/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than \n; they come from broken encodings and render as boxes.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A space left before , or . where a link was stripped: "dipimpin Rusia ." → "dipimpin Rusia."
const SPACE_BEFORE_PUNCT = /(?<=[\p{L}\p{N})\]”’"'»]) +(?=[.,](?:\s|$))/gu;
const MULTI_SPACE = / {2,}/g;
// ''typewriter double quotes'' and ``TeX quotes'': one double mark each.
const DOUBLED_SINGLE = /''|``/g;

/** Canonical text: LF line breaks, plain spaces, no invisible or control characters. */
export function normaliseText(raw: string): string {
  return raw
    .replace(BOM, '')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, ' ')
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(SPACES, ' ');
}

/** Clean one line: trimmed, single spaces, no stray space before a comma or full stop. */
export function normaliseLine(line: string): string {
  const spaced = line.replace(DOUBLED_SINGLE, '"').replace(MULTI_SPACE, ' ');
  return dropSpaceBeforePunct(spaced).trim();
}

/**
 * SPACE_BEFORE_PUNCT's lookbehind is tried at every character of every line, and only a
 * line with " ." or " ," can match: other lines skip it (the same result, at a fraction).
 */
function dropSpaceBeforePunct(line: string): string {
  return line.includes(' .') || line.includes(' ,') ? line.replace(SPACE_BEFORE_PUNCT, '') : line;
}

/** Non-empty, normalised lines of a raw file. */
export function splitLines(raw: string): string[] {
  return normaliseText(raw)
    .split('\n')
    .map(normaliseLine)
    .filter((line) => line.length > 0);
}

/** Key for comparing lines: case, spacing and punctuation differences ignored. */
export const lineKey = memoize((line: string): string => {
  const lower = line.toLowerCase();
  // Accents are stripped by decomposing; plain ASCII has none (and decomposing costs).
  const bare = ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return bare.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
});
const ASCII = /^[\p{ASCII}]*$/u;
