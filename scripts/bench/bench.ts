// `npm run bench`: pipeline throughput and sizes. Runs Baca's pipeline and, side by side in
// the same process on the same articles (as simple HTML), Mozilla Readability with linkedom —
// the extractor people would otherwise reach for. Figures are printed, never asserted.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../../src/pipeline/index.ts';
import { benchLibrary } from './bench-library.ts';
import { decodeSeed } from '../../src/build/decode.ts';
import { auditPages } from '../../src/build/lighthouse.ts';

const ARTICLES = 1000;
const ROUNDS = 3;

/** Seed-like raw files: the seed and the project's own fixtures, titles made unique. */
function makeCorpus(count: number): string[] {
  const sources = [path.resolve('seeds/000_1761d5f041f3f48b.txt')];
  const fixtures = path.resolve('test/fixtures');
  for (const name of readdirSync(fixtures).sort()) {
    const input = path.join(fixtures, name, 'input.txt');
    if (existsSync(input)) sources.push(input);
  }
  const texts = sources.map((file) => decodeSeed(new Uint8Array(readFileSync(file))));
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length] ?? '';
    const newline = text.indexOf('\n');
    return `${text.slice(0, newline)} (${i})${text.slice(newline)}`;
  });
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same scrape as a simple page: headline as h1, every other line a paragraph. */
function toHtml(raw: string): string {
  const lines = raw.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const [title = '', ...rest] = lines;
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${rest
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')}</article></body></html>`;
}

function measure(label: string, run: () => void): number {
  run(); // warm-up
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  const perSecond = (ARTICLES / best) * 1000;
  console.log(
    `${label.padEnd(34)} ${perSecond.toFixed(0).padStart(8)} articles/s  (${best.toFixed(0)} ms per ${ARTICLES})`,
  );
  return perSecond;
}

export function benchPipeline(): Record<string, number> {
  const corpus = makeCorpus(ARTICLES);
  const pages = corpus.map(toHtml);
  const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(
    `corpus: ${ARTICLES} seed-like articles, ${(bytes / 1024).toFixed(0)} KiB of raw text`,
  );
  const baca = measure('Baca parseArticle', () => {
    for (const raw of corpus) parseArticle(raw, 'bench.txt');
  });
  const readability = measure('Readability + linkedom (HTML)', () => {
    for (const html of pages) {
      const { document } = parseHTML(html);
      new Readability(document).parse();
    }
  });
  console.log(`ratio Baca / Readability: ${(baca / readability).toFixed(1)}×`);
  return { bacaPerSecond: baca, readabilityPerSecond: readability, ratio: baca / readability };
}

/** Worst cases from the bad-input list: each must finish in seconds (no quadratic passes). */
export function benchLargeInputs(): Record<string, number> {
  const lead = makeCorpus(1)[0] ?? '';
  const paragraphs = lead.split('\n').slice(1);
  const lines = ['Judul Berita Yang Sangat Panjang Sekali'];
  for (let i = 0; lines.reduce((n, l) => n + l.length, 0) < 10 * 1024 * 1024; i++) {
    lines.push(`${paragraphs[i % paragraphs.length] ?? ''} (${i})`);
  }
  const cases: Record<string, string> = {
    '10 MB of paragraphs': lines.join('\n'),
    'one 500,000-character line': `Judul\n${'kata '.repeat(100_000)}`,
    '5,000 quotes, 5,000 paragraphs': `Judul Berita\n${Array.from({ length: 5000 }, (_, i) => `"Kutipan nomor ${i}," kata Budi${i % 50} Santoso.`).join('\n')}`,
    '500,000 quote marks': `Judul Berita\n${'"'.repeat(500_000)}`,
  };
  const timings: Record<string, number> = {};
  for (const [name, raw] of Object.entries(cases)) {
    const start = performance.now();
    parseArticle(raw, 'large.txt');
    timings[name] = performance.now() - start;
    console.log(`${name.padEnd(34)} ${(timings[name] / 1000).toFixed(2)} s`);
  }
  return timings;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  console.log('== pipeline');
  benchPipeline();
  benchLargeInputs();
  console.log('== library (10,000 generated articles)');
  await benchLibrary();
  console.log('== Lighthouse (mobile) on the seeds build in dist/');
  const index = JSON.parse(readFileSync(path.resolve('dist/data/index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const first = index.articles[0];
  await auditPages('dist', ['/', ...(first ? [`/articles/${first.id}/`] : [])]);
}
