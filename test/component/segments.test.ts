import { describe, expect, it } from 'vitest';
import { splitIntoSegments } from '../../src/features/reader/segments.ts';

describe('splitIntoSegments', () => {
  it('keeps every character exactly once, quotes as their own segments', () => {
    const text = 'Dia bilang "halo" lalu "pergi".';
    const segments = splitIntoSegments(text, [
      { start: 11, end: 17, kind: 'scare' },
      { start: 23, end: 30, kind: 'direct', speaker: 'Ani' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.quote).map((s) => s.text)).toEqual(['"halo"', '"pergi"']);
  });

  it('drops offsets that overlap, run backwards or fall outside the text', () => {
    const text = 'abc "def" ghi';
    const segments = splitIntoSegments(text, [
      { start: 4, end: 9, kind: 'scare' },
      { start: 6, end: 11, kind: 'scare' },
      { start: 8, end: 2, kind: 'scare' },
      { start: 10, end: 99, kind: 'scare' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.quote)).toHaveLength(1);
  });
});
