// HTML pages as seeds: the article read from the page as a reader would see it, the page's own
// metadata winning over the text's, and bad pages reported in one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlSeed } from '../../src/build/html-seed.ts';
import { buildLibrary } from '../../src/build/library.ts';
import { parseArticle, type Article } from '../../src/pipeline/index.ts';

const page = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`test/fixtures-html/${name}/page.html`));
const html = (text: string): Uint8Array => new TextEncoder().encode(text);
const allText = (article: Article): string =>
  [article.title, ...article.paragraphs.map((p) => p.text)].join('\n');

describe('an HTML rendering of the seed article', () => {
  const { article, warnings } = parseHtmlSeed(page('seed-page'), 'seed.html');
  const seed = parseArticle(readFileSync('seeds/000_1761d5f041f3f48b.txt', 'utf8'), 'seed.txt');

  it('yields the same article as the text seed: paragraphs, quotes and speakers', () => {
    expect(warnings).toEqual([]);
    expect(article?.title).toBe(seed.article?.title);
    expect(article?.paragraphs).toEqual(seed.article?.paragraphs);
    expect(article?.speakers).toEqual(seed.article?.speakers);
  });

  it("takes the page's own metadata", () => {
    expect(article).toMatchObject({
      lang: 'id',
      published: '2022-01-06',
      url: 'https://kabardunia.example/internasional/2022/01/06/kazakhstan-minta-bantuan',
      outlet: 'Kabar Dunia',
      author: 'Tim Kabar Dunia',
    });
  });

  it('keeps navigation, captions, related links, comments, scripts and the footer out', () => {
    const text = allText(article as Article);
    for (const chrome of [
      'Beranda',
      'Foto: Istimewa',
      'Berita Terkait',
      'Harga minyak dunia',
      'Komentar',
      'injected',
      'Hak cipta',
      'Kembali ke atas',
      '<',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('a news page in a legacy charset', () => {
  const { article } = parseHtmlSeed(page('news-page-en'), 'ferry.html');

  it('decodes the declared Windows-1252 and keeps its curly quotation marks', () => {
    expect(article?.paragraphs[1]?.text).toMatch(/^“It feels like the island/u);
    expect(article?.paragraphs[1]?.quotes[0]).toMatchObject({
      kind: 'direct',
      speaker: 'Anne Pryce',
    });
  });

  it('drops the site from the <title>, reads JSON-LD and the canonical link', () => {
    expect(article).toMatchObject({
      title: 'Harbour ferry returns after storm repairs',
      lang: 'en',
      published: '2024-03-14',
      author: 'Maria Fenwick',
      url: 'https://coastalcourier.example/news/harbour-ferry-returns',
    });
  });

  it('reads a <br> as a space, list items and subheadings as their own lines, no caption', () => {
    const texts = article?.paragraphs.map((p) => p.text) ?? [];
    expect(texts).toContain(
      'The council said the repairs cost more than expected because divers found damage below the waterline that had not been visible from the pier.',
    );
    expect(texts).toContain('First sailing: 6.40am from the island');
    expect(texts).toContain('Timetable changes');
    const text = allText(article as Article);
    for (const chrome of [
      'Photo: Courier staff',
      'Skip to content',
      'comments',
      'All rights',
      'School roof',
    ])
      expect(text).not.toContain(chrome);
  });
});

describe('bad HTML seeds', () => {
  const problemsOf = (name: string, bytes: Uint8Array): string[] =>
    buildLibrary([{ name, bytes }]).problems;

  it('reports each in one line naming the file, and builds the others', () => {
    const nested = `<html><body>${'<div>'.repeat(2000)}<p>Deep text here.</p>${'</div>'.repeat(2000)}</body></html>`;
    const { problems, articles } = buildLibrary([
      { name: 'empty.html', bytes: html('') },
      { name: 'plain.html', bytes: html('Just a line of text, no markup at all.') },
      {
        name: 'menu.html',
        bytes: html('<html><body><nav><a href="/">Home</a></nav></body></html>'),
      },
      { name: 'nested.html', bytes: html(nested) },
      { name: 'seed.html', bytes: page('seed-page') },
    ]);
    expect(problems).toEqual([
      'empty.html: the file is empty',
      'menu.html: no readable article found in the page',
      'nested.html: elements nested deeper than 500 levels',
      'plain.html: not an HTML page (no html, body or p element)',
    ]);
    expect(articles).toHaveLength(1);
  });

  it('reads malformed markup as browsers do, and never outputs markup or script', () => {
    const messy = `<html><head><title>Storm closes the coast road</title></head><body><div><p>The coast road was closed on Monday after waves threw stones onto the carriageway <b>near the harbour<p>Police said it would stay closed until the tide turned in the evening, and asked drivers to use the inland route.<script>alert("x")</script><p onclick="steal()">Council workers began clearing the road at noon with two diggers and a sweeper.</div>`;
    const { article } = parseHtmlSeed(html(messy), 'messy.html');
    const text = allText(article as Article);
    expect(article?.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/alert|steal|<|>/u);
    expect(problemsOf('messy.html', html(messy))).toEqual([]);
  });
});
