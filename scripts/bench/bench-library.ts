// Library benchmarks (part of `npm run bench`, or alone: `tsx scripts/bench/bench-library.ts`):
// a production build of 10,000 generated articles, then, in Chromium against that build,
// the first list render after the index arrives, rows in the DOM and the search round trip;
// in Node, the search engine and list selection per keystroke; and index sizes.
// Figures are returned (and printed by bench.ts), never asserted. Alone, BENCH_LIBRARY_COUNT
// changes the size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';
import { readTemplates, writeGeneratedLibrary } from '../generate-library.ts';
import type { LibraryIndex } from '../../src/data/types.ts';
import { deriveLibraryData } from '../../src/features/library/library-data.ts';
import { EMPTY_QUERY } from '../../src/features/library/library-query.ts';
import { hitsOf, selectArticles } from '../../src/features/library/library-view.ts';
import { openSearchIndex, type SearchEngine } from '../../src/features/library/search-engine.ts';
import { buildLibrary } from '../../src/build/library.ts';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import { SEARCH_MANIFEST, type SearchManifest } from '../../src/config/search.ts';
import { startServer } from '../../src/build/serve.ts';

const PORT = 4199;
/** Fresh page loads over which the first render is timed. */
const RENDER_VISITS = 5;
/** Typed one key at a time, as a reader would. */
const QUERY = 'presiden kazakhstan bantuan';

const gzipBytes = (text: string): number => gzipSync(text, { level: 9 }).byteLength;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

/** Wall time in seconds and peak memory in MiB of one production build. */
function timeBuild(
  seedsDir: string,
  outDir: string,
  cacheDir: string,
): { seconds: number; peakMiB: number } {
  const peakFile = path.join(path.dirname(outDir), 'peak.txt');
  const start = performance.now();
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--outDir', outDir], {
    env: {
      ...process.env,
      SEEDS_DIR: seedsDir,
      BACA_CACHE_DIR: cacheDir,
      BACA_PEAK_FILE: peakFile,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr.slice(-2000)}`);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, peakMiB: Number(readFileSync(peakFile, 'utf8')) / 2 ** 20 };
}

/** What the plain library's first paint downloads as data: the prerendered page (gzip). */
function firstPaintBytes(outDir: string): number {
  return gzipBytes(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
}

/**
 * What the list's first data downloads once the prerendered articles are scrolled past (the
 * manifest and the first shard, or two when the first is small), what the largest list shard
 * and some facet files weigh, and the same for the Speakers page (gzip bytes).
 */
function shardBytes(outDir: string): Record<string, number> {
  const sizes = (dir: string) => {
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, 'data', dir, 'manifest.json'), 'utf8'),
    ) as {
      shards: [number, number, string][];
    };
    const shards = manifest.shards.map(([, , file]) =>
      gzipBytes(readFileSync(path.join(outDir, 'data', dir, file), 'utf8')),
    );
    const head = gzipBytes(readFileSync(path.join(outDir, 'data', dir, 'manifest.json'), 'utf8'));
    // The first data: the first shard, and the second when the first is small (list-store).
    const opening = (manifest.shards[0]?.[1] ?? 0) < 100 ? 2 : 1;
    return {
      first: shards.slice(0, opening).reduce((sum, size) => sum + size, head),
      largest: Math.max(0, ...shards),
      count: shards.length,
    };
  };
  const list = sizes('list');
  const speakers = sizes('speakers');
  // The facet files a filtered or length-sorted view fetches (one or two per view).
  const facets = (
    JSON.parse(readFileSync(path.join(outDir, 'data', 'list', 'manifest.json'), 'utf8')) as {
      facets?: Record<string, string>;
    }
  ).facets;
  const facetBytes = (kind: string): number => {
    const file = facets?.[kind];
    return file === undefined
      ? 0
      : gzipBytes(readFileSync(path.join(outDir, 'data', 'list', file), 'utf8'));
  };
  // The unread filter: one bucket of the ids facet per read article not on screen.
  const idBuckets = (
    JSON.parse(
      readFileSync(path.join(outDir, 'data', 'list', facets?.ids ?? 'missing'), 'utf8'),
    ) as { buckets: string[] }
  ).buckets.map((file) => gzipBytes(readFileSync(path.join(outDir, 'data', 'list', file), 'utf8')));
  return {
    listShards: list.count,
    listFirstDataBytesGzip: list.first,
    listLargestShardBytesGzip: list.largest,
    listFacetLanguagesBytesGzip: facetBytes('languages'),
    listFacetSpeakersBytesGzip: facetBytes('speakers'),
    listFacetShortestBytesGzip: facetBytes('shortest'),
    listIdBuckets: idBuckets.length,
    listLargestIdBucketBytesGzip: Math.max(0, ...idBuckets),
    speakerShards: speakers.count,
    speakersFirstShardBytesGzip: speakers.first,
    speakersLargestShardBytesGzip: speakers.largest,
  };
}

/** The built search index's files (manifest and shards), by name under `data/`. */
function readSearchFiles(outDir: string): Map<string, string> {
  const dir = path.join(outDir, 'data/search');
  return new Map(
    readdirSync(dir).map((name) => [`search/${name}`, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** An engine over the built search files that counts the gzip bytes of what it fetched. */
async function countingEngine(
  files: ReadonlyMap<string, string>,
): Promise<{ engine: SearchEngine; fetched: () => number }> {
  let bytes = 0;
  const engine = await openSearchIndex(`https://bench.test/data/${SEARCH_MANIFEST}`, (url) => {
    const name = url.slice(url.indexOf('/data/') + '/data/'.length);
    const json = files.get(name);
    if (json === undefined) return Promise.reject(new Error(`${name}: missing`));
    bytes += gzipBytes(json);
    return Promise.resolve(JSON.parse(json));
  });
  return { engine, fetched: () => bytes };
}

/** Index sizes of the build, and of one copy of each distinct fixture (no repetition to exploit). */
async function measureSizes(outDir: string): Promise<Record<string, number>> {
  const index = readFileSync(path.join(outDir, 'data/index.json'), 'utf8');
  const search = readSearchFiles(outDir);
  const searchRaw = [...search.values()].reduce((sum, json) => sum + Buffer.byteLength(json), 0);
  const searchGzip = [...search.values()].reduce((sum, json) => sum + gzipBytes(json), 0);
  const manifest = JSON.parse(search.get(SEARCH_MANIFEST) ?? '{}') as SearchManifest;
  const count = (JSON.parse(index) as LibraryIndex).articles.length;
  const encoder = new TextEncoder();
  const distinct = buildLibrary(
    readTemplates().map((t) => ({
      name: `${t.name}.txt`,
      bytes: encoder.encode(`${t.before}\n${t.headline}\n${t.after}`),
    })),
  );
  const distinctIndex = JSON.stringify(distinct.index);
  const distinctSearch = [...buildSearchFiles(distinct.articles).values()].reduce(
    (sum, json) => sum + gzipBytes(json),
    0,
  );
  // What a first query downloads: the manifest and the shards its terms live in. "ka" is the
  // browser benchmark's first query; the typed query's words each add their own shards.
  const first = await countingEngine(search);
  await first.engine.search('ka');
  const typed = await countingEngine(search);
  for (let i = 1; i <= QUERY.length; i++) await typed.engine.search(QUERY.slice(0, i));
  return {
    articles: count,
    indexBytesPerArticleGzip: round(gzipBytes(index) / count),
    indexBytesPerArticleRaw: round(Buffer.byteLength(index) / count),
    distinctIndexBytesPerArticleGzip: round(gzipBytes(distinctIndex) / distinct.articles.length),
    searchIndexMiBRaw: round(searchRaw / 2 ** 20, 2),
    searchIndexMiBGzip: round(searchGzip / 2 ** 20, 2),
    searchShards: manifest.shards.length,
    searchManifestBytesGzip: gzipBytes(search.get(SEARCH_MANIFEST) ?? ''),
    firstSearchBytesGzip: first.fetched(),
    typedQuerySearchBytesGzip: typed.fetched(),
    indexBytesGzip: gzipBytes(index),
    distinctSearchBytesPerArticleGzip: round(distinctSearch / distinct.articles.length),
  };
}

/** The engine and list selection, per keystroke of QUERY, on the built library (Node). */
async function measureSearchCompute(outDir: string): Promise<Record<string, number>> {
  const index = JSON.parse(
    readFileSync(path.join(outDir, 'data/index.json'), 'utf8'),
  ) as LibraryIndex;
  const data = deriveLibraryData(index);
  const loadStart = performance.now();
  const { engine } = await countingEngine(readSearchFiles(outDir));
  const loadMs = performance.now() - loadStart;
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 1; i <= QUERY.length; i++) {
      const q = QUERY.slice(0, i);
      const start = performance.now();
      const result = { matches: await engine.search(q), check: engine.manifest.check };
      const hits = hitsOf(result, index.articles, false);
      selectArticles(data.orders, data.byId, { ...EMPTY_QUERY, q }, {}, hits);
      if (pass > 0) times.push(performance.now() - start);
    }
  }
  return {
    nodeSearchIndexLoadMs: round(loadMs),
    nodeSearchPerKeystrokeMedianMs: round(median(times), 2),
    nodeSearchPerKeystrokeMaxMs: round(Math.max(...times), 2),
  };
}

/** First render, DOM rows and search round trip in Chromium against the built site. */
async function measureBrowser(outDir: string): Promise<Record<string, number | string>> {
  const index = JSON.parse(
    readFileSync(path.join(outDir, 'data/index.json'), 'utf8'),
  ) as LibraryIndex;
  const firstId = index.articles[0]?.id ?? '';
  const executablePath = findChromium() ?? undefined;
  const server = await startServer(outDir, PORT);
  const browser = await chromium.launch({
    ...(executablePath === undefined ? {} : { executablePath }),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const base = `http://localhost:${PORT}`;
    // Open an article, then go to the library in the app: the index is fetched and rendered
    // as on a client-side visit (a prerendered library page hydrates with its data instead).
    // Each visit is a fresh page load; the first one also pays for a cold JavaScript engine.
    const renders: number[] = [];
    for (let visit = 0; visit < RENDER_VISITS; visit++) {
      await page.goto(`${base}/articles/${encodeURIComponent(firstId)}`);
      await page.getByRole('banner').getByRole('link', { name: 'Baca' }).click();
      await page.locator('main [role="listitem"]').first().waitFor();
      await page.waitForFunction(
        () => performance.getEntriesByName('baca:library-render').length > 0,
      );
      renders.push(
        await page.evaluate(
          () => performance.getEntriesByName('baca:library-render').at(-1)?.duration ?? -1,
        ),
      );
    }
    const rowsAtTop = await page.locator('main [role="listitem"]').count();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.waitForTimeout(300);
    const rowsMidway = await page.locator('main [role="listitem"]').count();

    const box = page.getByRole('searchbox');
    await page.evaluate(() => performance.clearMeasures('baca:search'));
    // The first query's round trip includes fetching and loading the index in the worker.
    await box.fill('ka');
    await page.waitForFunction(() => performance.getEntriesByName('baca:search').length > 0, null, {
      timeout: 60_000,
    });
    const engineLoadMs = await page.evaluate(
      () => performance.getEntriesByName('baca:search')[0]?.duration ?? -1,
    );
    await box.fill('');
    await page.evaluate(() => performance.clearMeasures('baca:search'));
    await box.pressSequentially(QUERY, { delay: 120 });
    await page.waitForTimeout(500);
    const searches = await page.evaluate(() =>
      performance.getEntriesByName('baca:search').map((entry) => ({
        ms: entry.duration,
        query: String((entry as PerformanceMeasure).detail),
      })),
    );
    const searchMs = searches.map((s) => s.ms);
    const slowest = searches.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, query: '' });
    return {
      browserFirstRenderAfterIndexColdMs: round(renders[0] ?? Number.NaN),
      browserFirstRenderAfterIndexMedianMs: round(median(renders)),
      domRowsAtTop: rowsAtTop,
      domRowsMidway: rowsMidway,
      browserSearchFirstQueryWithLoadMs: round(engineLoadMs),
      browserSearchPerKeystrokeMedianMs: round(median(searchMs)),
      browserSearchPerKeystrokeMaxMs: round(slowest.ms),
      browserSearchSlowestQuery: slowest.query,
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function benchLibrary(count = 10_000): Promise<Record<string, number | string>> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'baca-bench-library-'));
  const seedsDir = path.join(work, 'seeds');
  const outDir = path.join(work, 'dist');
  try {
    await writeGeneratedLibrary(count, seedsDir);
    console.log(`library: building ${count} generated articles…`);
    const cacheDir = path.join(work, 'cache');
    const cold = timeBuild(seedsDir, outDir, cacheDir);
    // A rebuild with one seed added: every other seed's parse comes from the cache.
    const added = readdirSync(seedsDir).sort()[0] ?? '';
    const text = readFileSync(path.join(seedsDir, added), 'utf8');
    const newline = text.indexOf('\n');
    writeFileSync(
      path.join(seedsDir, 'zz-added.txt'),
      `${text.slice(0, newline)} (added)${text.slice(newline)}`,
    );
    const addOne = timeBuild(seedsDir, outDir, cacheDir);
    const results: Record<string, number | string> = {
      buildSeconds: round(cold.seconds),
      buildPeakMiB: Math.round(cold.peakMiB),
      addOneSeconds: round(addOne.seconds),
      firstPaintDataBytesGzip: firstPaintBytes(outDir),
      ...shardBytes(outDir),
      cpus: os.cpus().length,
      ...(await measureSizes(outDir)),
      ...(await measureSearchCompute(outDir)),
      ...(await measureBrowser(outDir)),
    };
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  console.log(await benchLibrary(Number(process.env.BENCH_LIBRARY_COUNT ?? 10_000)));
}
