// Reading the seeds folder for a build: links followed, cycles cut, files opened a few at a
// time, unchanged seeds taken from the cache, and an empty library said in one line.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically } from '../../src/build/atomic.ts';
import { loadLibrary, type Remembered } from '../../src/build/load.ts';
import { listSeeds, mapBounded } from '../../src/build/seeds.ts';

const SEED = readFileSync('seeds/000_1761d5f041f3f48b.txt', 'utf8');
const tmp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

/** A seed like the sample with its own headline (so that each is its own article). */
function seedTitled(title: string): string {
  return `${title}\n${SEED.slice(SEED.indexOf('\n') + 1)}`;
}

function folderWith(files: Record<string, string>): string {
  const dir = tmp('baca-load-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('listing seeds', () => {
  it('follows symbolic links to files and folders, and reads a linked folder once', async () => {
    const outside = folderWith({
      'b.txt': seedTitled('Warga Almaty kembali ke jalan kedua'),
      'deep/c.txt': seedTitled('Ketiga'),
    });
    const dir = folderWith({ 'a.txt': seedTitled('Warga Almaty kembali ke jalan pertama') });
    symlinkSync(path.join(outside, 'b.txt'), path.join(dir, 'link-to-b.txt'));
    symlinkSync(outside, path.join(dir, 'linked'));
    symlinkSync(outside, path.join(dir, 'linked-again'));
    const { seeds, problems } = await listSeeds(dir);
    expect(seeds.map((seed) => seed.name)).toEqual([
      'a.txt',
      'link-to-b.txt',
      'linked/b.txt',
      'linked/deep/c.txt',
    ]);
    expect(problems).toEqual(['linked-again: skipped, a link to a folder already read']);
  });

  it('stops at a link cycle and reports a broken link, reading everything else', async () => {
    const dir = folderWith({ 'sub/a.txt': seedTitled('Warga Almaty kembali ke jalan pertama') });
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const { seeds, problems } = await listSeeds(dir);
    expect(seeds.map((seed) => seed.name)).toEqual(['sub/a.txt']);
    expect(problems).toContain('broken.txt: skipped, a broken symbolic link');
    expect(problems).toContain('sub/loop: skipped, a link to a folder already read');
  });

  it('skips hidden files and folders', async () => {
    const dir = folderWith({ '.DS_Store': 'x', '.git/HEAD': 'ref', 'a.txt': seedTitled('Satu') });
    expect((await listSeeds(dir)).seeds.map((seed) => seed.name)).toEqual(['a.txt']);
  });
});

describe('bounded reading', () => {
  it('never runs more than the limit at once, and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 500 }, (_, i) => i);
    const results = await mapBounded(items, 8, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      running--;
      return item * 2;
    });
    expect(most).toBe(8);
    expect(results).toEqual(items.map((item) => item * 2));
  });

  it('builds a folder of thousands of seeds', async () => {
    const dir = tmp('baca-many-');
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(dir, `${i}.txt`), `Judul ${i}\nIsi.`);
    const { library, stats } = await loadLibrary(dir, { cacheDir: null });
    expect(stats.seeds).toBe(3000);
    expect(library.articles).toHaveLength(3000);
  });
});

describe('loading a library', () => {
  it('says in one line when a folder yields no article', async () => {
    const dir = folderWith({ 'notes.md': '# not a seed' });
    const { library } = await loadLibrary(dir, { cacheDir: null });
    expect(library.articles).toEqual([]);
    expect(library.problems).toEqual([
      'notes.md: skipped, not a .txt or .html file',
      `${dir}: no articles built (1 file found)`,
    ]);
  });

  it('takes unchanged seeds from the cache and parses only what changed', async () => {
    const dir = folderWith({
      'a.txt': seedTitled('Warga Almaty kembali ke jalan pertama'),
      'b.txt': seedTitled('Warga Almaty kembali ke jalan kedua'),
    });
    const cacheDir = tmp('baca-cache-');
    const first = await loadLibrary(dir, { cacheDir });
    expect(first.stats).toMatchObject({ seeds: 2, parsed: 2, fromCache: 0 });
    const again = await loadLibrary(dir, { cacheDir });
    expect(again.stats).toMatchObject({ seeds: 2, parsed: 0, fromCache: 2 });
    expect(again.library).toEqual(first.library);
    // Written again with the same bytes (a checkout, a copy): found by its content, not parsed.
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(path.join(dir, 'a.txt')));
    utimesSync(path.join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    expect((await loadLibrary(dir, { cacheDir })).stats).toMatchObject({ parsed: 0, fromCache: 2 });
    writeFileSync(path.join(dir, 'b.txt'), seedTitled('Warga Almaty kembali ke jalan lagi'));
    const changed = await loadLibrary(dir, { cacheDir });
    expect(changed.stats).toMatchObject({ parsed: 1, fromCache: 1 });
    expect(changed.library.articles.map((article) => article.title).sort()).toEqual([
      'Warga Almaty kembali ke jalan lagi',
      'Warga Almaty kembali ke jalan pertama',
    ]);
  });

  it('parses again when the cache is damaged, and builds when the cache cannot be written', async () => {
    const dir = folderWith({ 'a.txt': seedTitled('Warga Almaty kembali ke jalan pertama') });
    const cacheDir = tmp('baca-cache-');
    const first = await loadLibrary(dir, { cacheDir });
    const [version] = readdirSync(path.join(cacheDir, 'articles'));
    const versionDir = path.join(cacheDir, 'articles', version ?? '');
    const pack = path.join(versionDir, readdirSync(versionDir)[0] ?? '');
    writeFileSync(pack, readFileSync(pack, 'utf8').slice(0, 40));
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(path.join(dir, 'a.txt')));
    const repaired = await loadLibrary(dir, { cacheDir });
    expect(repaired.stats.parsed).toBe(1);
    expect(repaired.library).toEqual(first.library);

    // A cache folder that cannot be made (its parent is a file): the build goes on without it.
    const notAFolder = path.join(tmp('baca-cache-'), 'file');
    writeFileSync(notAFolder, '');
    const built = await loadLibrary(dir, { cacheDir: path.join(notAFolder, 'cache') });
    expect(built.library.articles).toHaveLength(1);
  });

  it('reuses results in memory for files whose size and time are unchanged', async () => {
    const dir = folderWith({
      'a.txt': seedTitled('Warga Almaty kembali ke jalan pertama'),
      'b.txt': seedTitled('Warga Almaty kembali ke jalan kedua'),
    });
    const memory = new Map<string, Remembered>();
    await loadLibrary(dir, { cacheDir: null, memory });
    const again = await loadLibrary(dir, { cacheDir: null, memory });
    expect(again.stats).toMatchObject({ parsed: 0, fromMemory: 2 });
    copyFileSync(path.join(dir, 'a.txt'), path.join(dir, 'c.txt'));
    const added = await loadLibrary(dir, { cacheDir: null, memory });
    expect(added.stats).toMatchObject({ parsed: 1, fromMemory: 2 });
    expect(added.library.articles).toHaveLength(3);
  });
});

describe('atomic output', () => {
  it('leaves the previous output untouched when the build fails', async () => {
    const root = tmp('baca-atomic-');
    const out = path.join(root, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'old');
    await expect(
      buildAtomically(out, (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'index.html'), 'half');
        return Promise.reject(new Error('plugin failed'));
      }),
    ).rejects.toThrow('plugin failed');
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('replaces the output as a whole when the build succeeds', async () => {
    const root = tmp('baca-atomic-');
    const out = path.join(root, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'stale.html'), 'old');
    await buildAtomically(out, (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'new');
      return Promise.resolve();
    });
    expect(readdirSync(out)).toEqual(['index.html']);
    // The old output is deleted in the background, after the build has returned.
    await expect.poll(() => readdirSync(root), { timeout: 10_000 }).toEqual(['dist']);
  });
});
