// The hand-written scanners that replace slow end-anchored patterns must answer exactly as
// the patterns would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingWord } from '../../src/pipeline/regex.ts';

const PATTERN = /([\p{L}’']+)\s*$/u;
const LETTERS_ONLY = /([\p{L}]+)\s*$/u;

const pieces = fc.constantFrom(
  'a',
  'Z',
  'é',
  'ж',
  '’',
  "'",
  ' ',
  '\n',
  ',',
  '.',
  '1',
  '𝒜',
  '\u00a0',
);

describe('trailingWord', () => {
  it('reads the last word of a text as the end-anchored pattern does', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(trailingWord(text)).toBe(PATTERN.exec(text)?.[1] ?? '');
        expect(trailingWord(text, /^\p{L}$/u)).toBe(LETTERS_ONLY.exec(text)?.[1] ?? '');
      }),
      { seed: 20261130 },
    );
  });

  it('skips spaces after the word and stops at punctuation', () => {
    expect(trailingWord('kata juru bicara  ')).toBe('bicara');
    expect(trailingWord('l’avocat')).toBe('l’avocat');
    expect(trailingWord('berkata,')).toBe('');
  });
});
