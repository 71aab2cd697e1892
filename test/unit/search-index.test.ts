// The sharded search index: what the build writes and what a query fetches and finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibrary, type Library } from '../../src/build/library.ts';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import { SEARCH_MANIFEST, type SearchManifest } from '../../src/config/search.ts';
import { openSearchIndex } from '../../src/features/library/search-engine.ts';
import { packMatches, unpackMatches } from '../../src/features/library/search-protocol.ts';

const encoder = new TextEncoder();

function library(seeds: Record<string, string>): Library {
  return buildLibrary(
    Object.entries(seeds).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
}

/** An engine over the files in memory, recording which files each query fetched. */
async function engineOver(files: ReadonlyMap<string, string>) {
  const fetched: string[] = [];
  const engine = await openSearchIndex('https://baca.test/data/search/manifest.json', (url) => {
    const name = url.slice(url.indexOf('/data/') + '/data/'.length);
    fetched.push(name);
    const json = files.get(name);
    return json === undefined ? Promise.reject(new Error(name)) : Promise.resolve(JSON.parse(json));
  });
  return { engine, fetched };
}

const SEEDS = {
  'banjir.txt': `Banjir Rendam Ratusan Rumah di Bandung Selatan
BANDUNG - Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kamis (1/2/2024).
"Air masuk sejak dini hari," kata Camat Dayeuhkolot Asep Sudrajat.
`,
  'kopi.txt': `Kopi Désa Sukamaju Tembus Pasar Eropa
GARUT - Petani kopi di Désa Sukamaju mulai mengekspor biji kopi ke Eropa, Senin (4/3/2024).
"Kami bangga kopi desa kami dikenal dunia," kata Kepala Desa Ujang Supriatna.
`,
  'council.txt': `Council approves new cycle lanes for the city centre
LEEDS — Leeds City Council approved three new cycle lanes on Monday, 4 December 2023.
"This is a good day for everyone who rides to work," said councillor Amira Shah.
`,
};

describe('sharded search index', () => {
  const lib = library(SEEDS);
  const ids = lib.index.articles.map((a) => a.id);
  const idOf = (doc: number): string | undefined => ids[doc];

  it('finds words whole, as prefixes, with a typo, and without their accents', async () => {
    const { engine } = await engineOver(buildSearchFiles(lib.articles));
    const kopi = ids[lib.index.articles.findIndex((a) => a.title.startsWith('Kopi'))];
    for (const query of ['kopi', 'supri', 'supriatma', 'desa sukamaju', 'SUKAMAJU']) {
      expect(
        (await engine.search(query)).map((m) => idOf(m.doc)),
        query,
      ).toEqual([kopi]);
    }
    // "Désa" is indexed as "desa": an unaccented query finds it and highlights it.
    const [match] = await engine.search('desa');
    expect(match?.terms).toContain('desa');
  });

  it('needs every word of the query (AND) and finds speakers and titles', async () => {
    const { engine } = await engineOver(buildSearchFiles(lib.articles));
    expect(await engine.search('kopi banjir')).toEqual([]);
    const shah = await engine.search('amira shah');
    expect(shah.map((m) => lib.index.articles[m.doc]?.title)).toEqual([
      'Council approves new cycle lanes for the city centre',
    ]);
  });

  it('fetches the manifest once and only the shards a query needs', async () => {
    const many = library(
      Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `a${i}.txt`,
          `Laporan nomor ${i} tentang kata${i}x dan topik${i * 7}y\nJAKARTA - Isi laporan ${i} menyebut istilah${i}z dan ${'kata'.repeat(1 + (i % 5))}.\n`,
        ]),
      ),
    );
    const files = buildSearchFiles(many.articles, 400);
    const manifest = JSON.parse(files.get(SEARCH_MANIFEST) ?? '') as SearchManifest;
    expect(manifest.shards.length).toBeGreaterThan(10);
    expect(manifest.count).toBe(60);
    const { engine, fetched } = await engineOver(files);
    // Exact first; "istilah11z", "istilah1z" … are one or two typos away.
    const found = await engine.search('istilah17z');
    expect(many.index.articles[found[0]?.doc ?? -1]?.title).toBe(
      'Laporan nomor 17 tentang kata17x dan topik119y',
    );
    expect(fetched.filter((name) => name === SEARCH_MANIFEST)).toHaveLength(1);
    expect(fetched.length).toBeLessThanOrEqual(1 + 4);
    expect(fetched.length).toBeLessThan(manifest.shards.length);
    // Words in more than a quarter of the articles are left out and match every article.
    expect(manifest.common).toContain('laporan');
    expect(await engine.search('laporan')).toHaveLength(60);
  });

  it('property: every article is found by any word of its title', async () => {
    const word = fc.stringMatching(/^[a-z]{3,9}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(word, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        async (titles, pick) => {
          const seeds = Object.fromEntries(
            titles.map((words, i) => [
              `s${i}.txt`,
              `${words.join(' ')} ${i}\nKOTA - Isi berita ${i}.\n`,
            ]),
          );
          const lib = library(seeds);
          const { engine } = await engineOver(buildSearchFiles(lib.articles, 200));
          const article = lib.index.articles[pick % lib.index.articles.length];
          const term = article?.title.split(' ')[pick % 2] ?? '';
          const found = (await engine.search(term)).map((m) => lib.index.articles[m.doc]?.id);
          expect(found).toContain(article?.id);
        },
      ),
      { seed: 20261130, numRuns: 40 },
    );
  });

  it('fetches, while a word is typed, the shards its next letter needs', async () => {
    const many = library(
      Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [
          `a${i}.txt`,
          `Laporan nomor ${i} tentang kata${i}x dan topik${i * 7}y\nJAKARTA - Isi laporan ${i} menyebut istilah${i}z.\n`,
        ]),
      ),
    );
    const files = buildSearchFiles(many.articles, 120);
    const { engine, fetched } = await engineOver(files);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    // "topik1" starts terms in a few shards: typing it fetches them, and the next letter's
    // query then needs nothing more.
    engine.prefetch('banjir topik1');
    await settle();
    const prefetched = fetched.length;
    expect(prefetched).toBeGreaterThan(1);
    expect(prefetched).toBeLessThanOrEqual(1 + 5);
    expect(fetched.length).toBeLessThan(files.size - 1);
    const found = await engine.search('banjir topik13');
    expect(fetched).toHaveLength(prefetched + 1); // only the shard of "banjir"
    expect(found).toEqual([]);
    expect((await engine.search('topik13')).map((m) => m.doc)).toHaveLength(1);
    // A word that starts terms in more shards than a query would fetch, or a query ending in
    // a space (the next word is unknown), fetches nothing ahead.
    const before = fetched.length;
    engine.prefetch('i');
    engine.prefetch('topik ');
    await settle();
    expect(fetched).toHaveLength(before);
  });
});

describe('matches sent from the search worker', () => {
  it('property: packing and unpacking gives back the same matches', () => {
    const term = fc.constantFrom('kopi', 'desa', 'banjir', 'sukamaju', 'the');
    fc.assert(
      fc.property(
        fc.array(fc.record({ doc: fc.nat(100_000), terms: fc.array(term, { maxLength: 3 }) })),
        (matches) => {
          const packed = packMatches(matches);
          expect(packed.termSets.length).toBeLessThanOrEqual(matches.length);
          expect(unpackMatches(structuredClone(packed))).toEqual(matches);
        },
      ),
      { seed: 20261130 },
    );
  });
});
