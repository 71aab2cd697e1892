// `npm run bench`: pipeline throughput and sizes. Runs Baca's pipeline and, side by side in
// the same process on the same articles (as simple HTML), Mozilla Readability with linkedom —
// the extractor people would otherwise reach for. Figures are printed, never asserted.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../../src/pipeline/index.ts';
import { benchLibrary } from './bench-library.ts';
import { benchSpeakers } from './bench-speakers.ts';
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

/** Articles per second, best of ROUNDS after a warm-up. */
function measure(run: () => void): number {
  run(); // warm-up
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return (ARTICLES / best) * 1000;
}

export function benchPipeline(): Record<string, number> {
  const corpus = makeCorpus(ARTICLES);
  const pages = corpus.map(toHtml);
  const baca = measure(() => {
    for (const raw of corpus) parseArticle(raw, 'bench.txt');
  });
  const readability = measure(() => {
    for (const html of pages) {
      const { document } = parseHTML(html);
      new Readability(document).parse();
    }
  });
  return {
    bacaPerSecond: Math.round(baca),
    readabilityPerSecond: Math.round(readability),
    ratio: Number((baca / readability).toFixed(2)),
  };
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
    timings[name] = Number(((performance.now() - start) / 1000).toFixed(2));
  }
  return timings;
}

/** One row per measure: its name, then a value per column ('' where it does not apply). */
function printTable(columns: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  // `npm run bench -- --100k` adds a 100,000-article library (minutes, gigabytes).
  const sizes = [1_000, 10_000, ...(process.argv.includes('--100k') ? [100_000] : [])];
  console.log('bench: pipeline…');
  const pipeline = benchPipeline();
  const largeInputs = benchLargeInputs();
  console.log('bench: speaker files of ~130,000 people…');
  const speakers = benchSpeakers();
  const libraries: Record<string, Record<string, number | string>> = {};
  for (const size of sizes) {
    console.log(`bench: library of ${size.toLocaleString('en')} generated articles…`);
    libraries[size] = await benchLibrary(size);
  }
  console.log('bench: Lighthouse (mobile) on the seeds build in dist/…');
  const index = JSON.parse(readFileSync(path.resolve('dist/data/index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const first = index.articles[0];
  const lighthouse = await auditPages('dist', ['/', ...(first ? [`/articles/${first.id}/`] : [])]);

  const sizeColumns = sizes.map((size) => size.toLocaleString('en'));
  const columns = ['measure', 'value', ...sizeColumns];
  const blanks = sizes.map(() => '');
  const rows: string[][] = [
    ['pipeline: Baca articles/s', String(pipeline.bacaPerSecond), ...blanks],
    [
      'pipeline: Readability + linkedom articles/s',
      String(pipeline.readabilityPerSecond),
      ...blanks,
    ],
    ['pipeline: ratio Baca / Readability', `${pipeline.ratio}×`, ...blanks],
    ...Object.entries(largeInputs).map(([name, seconds]) => [
      `worst input: ${name} (s)`,
      String(seconds),
      ...blanks,
    ]),
    ...Object.entries(speakers).map(([name, value]) => [
      `speakers by need (100,000 articles): ${name}`,
      String(value),
      ...blanks,
    ]),
    ...Object.entries(lighthouse).flatMap(([route, scores]) =>
      Object.entries(scores).map(([category, score]) => [
        `Lighthouse mobile: ${route === '/' ? 'library' : 'article'} ${category}`,
        String(score),
        ...blanks,
      ]),
    ),
  ];
  const keys = Object.keys(libraries[sizes[0] ?? 0] ?? {});
  for (const key of keys) {
    rows.push([
      `library: ${key}`,
      '',
      ...sizes.map((size) => String(libraries[size]?.[key] ?? '')),
    ]);
  }
  console.log('');
  printTable(columns, rows);
  const report = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    pipeline,
    largeInputs,
    speakers,
    lighthouse,
    libraries,
  };
  writeFileSync('bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwritten: bench.json');
}
