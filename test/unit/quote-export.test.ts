// Exported quotes: every quote with its speaker, kind and source, in Markdown, CSV and JSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  exportFile,
  quotesFromArticles,
  quotesOf,
  toCsv,
  toMarkdown,
  type ExportedQuote,
} from '../../src/data/quote-export.ts';
import { parseArticle } from '../../src/pipeline/index.ts';

const seed = parseArticle(
  readFileSync('seeds/000_1761d5f041f3f48b.txt', 'utf8'),
  'seed.txt',
).article;
if (seed === null) throw new Error('the seed must parse');
const PAGE = 'https://baca.example/articles/seed/';

describe('quotes of an article', () => {
  it('lists every quote with its speaker, kind and source, in reading order', () => {
    const quotes = quotesOf(seed, PAGE);
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(4);
    expect(quotes.filter((q) => q.kind === 'scare')).toHaveLength(4);
    expect(quotes.find((q) => q.kind === 'direct')).toMatchObject({
      speaker: 'Tokayev',
      text: '“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu,”',
      title: seed.title,
      link: PAGE,
    });
    expect(quotes.filter((q) => q.kind === 'scare').every((q) => q.speaker === null)).toBe(true);
  });

  it("keeps only one speaker's quotes when asked", () => {
    const quotes = quotesOf(seed, PAGE, 'Tokayev');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tokayev', 'Tokayev', 'Tokayev']);
  });

  it('links the original article when the page gave one', () => {
    const quotes = quotesOf({ ...seed, url: 'https://news.example/a', outlet: 'News' }, PAGE);
    expect(quotes[0]).toMatchObject({ link: 'https://news.example/a', outlet: 'News' });
  });

  it('gathers quotes across articles, leaving out one that cannot be loaded', async () => {
    const quotes = await quotesFromArticles(
      ['seed', 'missing'],
      (id) => Promise.resolve(id === 'seed' ? seed : null),
      (id) => `https://baca.example/articles/${id}/`,
      'Tokayev',
    );
    expect(quotes).toHaveLength(3);
  });
});

describe('formats', () => {
  const tricky: ExportedQuote = {
    speaker: 'Ani, S.H.',
    kind: 'direct',
    text: '"Kami bilang ""cukup"", lalu pergi,"\nkata dia',
    title: 'Judul',
    outlet: null,
    published: '2024-03-04',
    link: 'https://baca.example/articles/judul/',
  };

  it('writes RFC 4180 CSV with a byte-order mark, a header and CRLF rows', () => {
    const csv = toCsv([tricky]);
    expect(csv.startsWith('\uFEFFspeaker,kind,text,title,outlet,published,link\r\n')).toBe(true);
    expect(csv).toContain(
      '"Ani, S.H.",direct,"""Kami bilang """"cukup"""", lalu pergi,""\nkata dia"',
    );
    expect(csv.endsWith('https://baca.example/articles/judul/\r\n')).toBe(true);
  });

  it('writes Markdown block quotes with their sources', () => {
    const markdown = toMarkdown(quotesOf(seed, PAGE, 'Tokayev'), 'Tokayev');
    expect(markdown.startsWith('# Tokayev\n\n> “Saya percaya')).toBe(true);
    expect(markdown).toContain(`> — Tokayev, [${seed.title}](${PAGE})`);
  });

  it('writes JSON a program can read back, and names the file after its subject', () => {
    const file = exportFile(quotesOf(seed, PAGE), 'json', 'Situasi Genting: Kazakhstan!', 'x');
    expect(file.filename).toBe('situasi-genting-kazakhstan.json');
    expect(file.mime).toBe('application/json;charset=utf-8');
    expect((JSON.parse(file.content) as { quotes: unknown[] }).quotes).toHaveLength(8);
  });
});
