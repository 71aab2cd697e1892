// The seed article, end to end through the pipeline: the product's first acceptance case.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/build/decode.ts';
import { parseArticle, type Article } from '../../src/pipeline/index.ts';

const raw = decodeSeed(new Uint8Array(readFileSync('seeds/000_1761d5f041f3f48b.txt')));
const { article, warnings } = parseArticle(raw, '000_1761d5f041f3f48b.txt');

function quotesOf(a: Article, kind: 'direct' | 'scare') {
  return a.paragraphs.flatMap((p) =>
    p.quotes
      .filter((q) => q.kind === kind)
      .map((q) => ({ text: p.text.slice(q.start, q.end), speaker: q.speaker })),
  );
}

describe('the seed article', () => {
  if (article === null) throw new Error('the seed must parse');

  it('reads the headline as the title', () => {
    expect(article.title).toBe(
      'Situasi Genting, Presiden Kazakhstan Minta Bantuan Militer Rusia Cs',
    );
  });

  it('drops site chrome and the editor tag from the body', () => {
    const texts = article.paragraphs.map((p) => p.text);
    expect(texts).not.toContain('loading...');
    expect(texts).not.toContain('A');
    expect(texts.some((t) => t.includes('(min)'))).toBe(false);
  });

  it('drops the repeated second copy of the body', () => {
    expect(article.paragraphs).toHaveLength(14);
    const texts = article.paragraphs.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('cuts the dateline from the lead and keeps it as metadata', () => {
    expect(article.dateline).toBe('ALMATY');
    expect(
      article.paragraphs[0]?.text.startsWith('Presiden Kazakhstan Kassym-Jomart Tokayev'),
    ).toBe(true);
  });

  it('removes the stray space left before punctuation', () => {
    expect(article.paragraphs[0]?.text).toContain('dipimpin Rusia. Permintaan');
  });

  it('reads the date, the editor and the language', () => {
    expect(article.published).toBe('2022-01-06');
    expect(article.editor).toBe('min');
    expect(article.lang).toBe('id');
    expect(warnings).toEqual([]);
  });

  it('finds four direct quotes, three by Tokayev and one by the Almaty authorities', () => {
    const direct = quotesOf(article, 'direct');
    expect(direct).toHaveLength(4);
    expect(direct.filter((q) => q.speaker === 'Tokayev')).toHaveLength(3);
    expect(direct[3]?.speaker).toMatch(/Almaty/);
  });

  it('resolves the pronoun cue "paparnya" to Tokayev', () => {
    const geng = quotesOf(article, 'direct').find((q) => q.text.startsWith('"Geng teroris'));
    expect(geng?.speaker).toBe('Tokayev');
  });

  it('finds four scare quotes, including the mismatched "teroris” and “kontra-teroris”', () => {
    const scare = quotesOf(article, 'scare').map((q) => q.text);
    expect(scare).toEqual(['"teroris"', '“kelompok teroris”', '"teroris”', '“kontra-teroris”']);
  });

  it('counts words and reading time', () => {
    expect(article.wordCount).toBeGreaterThan(300);
    expect(article.readingMinutes).toBe(2);
  });
});
