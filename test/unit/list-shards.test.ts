// The library list in shards: what the build writes, and what the browser's store fetches
// for the rows a reader reaches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildListFiles } from '../../src/build/list-files.ts';
import {
  FACET_KINDS,
  LIST_MANIFEST,
  type ListFacet,
  type ListManifest,
  type ListShard,
} from '../../src/config/list.ts';
import { addFacet } from '../../src/data/list-facets.ts';
import { listStore, type Facets } from '../../src/data/list-store.ts';
import type { ReadState } from '../../src/data/read-state.ts';
import type { DataSource } from '../../src/data/source.ts';
import { countSpeakers } from '../../src/data/speaker-stats.ts';
import type { ArticleSummary, LibraryIndex } from '../../src/data/types.ts';
import { EMPTY_QUERY, type LibraryQuery } from '../../src/features/library/library-query.ts';
import { facetOrder } from '../../src/features/library/facet-order.ts';
import { effectiveSort } from '../../src/features/library/library-query.ts';
import {
  computeSortOrders,
  pageOrder,
  readIds,
  selectArticles,
} from '../../src/features/library/library-view.ts';

function summary(n: number, dated = true): ArticleSummary {
  return {
    id: `article-${n}`,
    title: `Article ${n}`,
    lang: 'en',
    ...(dated ? { published: `2024-01-${String((n % 28) + 1).padStart(2, '0')}` } : {}),
    excerpt: `Excerpt ${n}`,
    wordCount: 100 + n,
    readingMinutes: 1,
    quotes: 0,
    speakers: [],
  };
}

/** An index of `count` articles, the last `undated` of them without a date (as the build sorts). */
function indexOf(count: number, undated = 0): LibraryIndex {
  return {
    version: 1,
    articles: Array.from({ length: count }, (_, i) => summary(i, i < count - undated)),
  };
}

function parse(files: ReadonlyMap<string, string>): {
  manifest: ListManifest;
  shards: ListShard[];
} {
  const manifest = JSON.parse(files.get(LIST_MANIFEST) ?? 'null') as ListManifest;
  const shards = manifest.shards.map(
    ([, , file]) => JSON.parse(files.get(`list/${file}`) ?? 'null') as ListShard,
  );
  return { manifest, shards };
}

/** A data source serving these files, counting what was fetched. */
function sourceOver(files: ReadonlyMap<string, string>, index: LibraryIndex) {
  const fetched: string[] = [];
  const serve = <T>(file: string): Promise<T> => {
    fetched.push(file);
    const json = files.get(`list/${file}`);
    return json === undefined
      ? Promise.reject(new Error(file))
      : Promise.resolve(JSON.parse(json) as T);
  };
  const source: DataSource = {
    index: () => Promise.resolve(index),
    article: () => Promise.resolve(null),
    list: {
      manifest: () => {
        fetched.push('manifest');
        return Promise.resolve(JSON.parse(files.get(LIST_MANIFEST) ?? 'null') as ListManifest);
      },
      shard: (file) => serve<ListShard>(file),
      facet: (file) => serve<ListFacet>(file),
    },
  };
  return { source, fetched };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('list shards (build)', () => {
  it('cut the index into consecutive shards that together are the index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 25 }),
        (count, undatedWanted, size) => {
          const undated = Math.min(count, undatedWanted);
          const index = indexOf(count, undated);
          const { manifest, shards } = parse(buildListFiles(index, size));
          expect(manifest.total).toBe(count);
          expect(manifest.dated).toBe(count - undated);
          expect(shards.flatMap((shard) => shard.articles)).toEqual(index.articles);
          for (const [i, shard] of shards.entries()) {
            expect(manifest.shards[i]?.[0]).toBe(
              shards.slice(0, i).reduce((sum, each) => sum + each.articles.length, 0),
            );
            expect(shard.articles.length).toBeLessThanOrEqual(size);
            expect(shard.articles.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('a new article, the newest, changes only the first shard (or adds one before it)', () => {
    for (const count of [45, 50]) {
      const before = indexOf(count);
      const after: LibraryIndex = { version: 1, articles: [summary(999), ...before.articles] };
      const files = (index: LibraryIndex) =>
        parse(buildListFiles(index, 10)).manifest.shards.map(([, , file]) => file);
      const old = files(before);
      const now = files(after);
      expect(now.slice(-(old.length - 1))).toEqual(old.slice(1));
      expect(now.filter((file) => !old.includes(file)).length).toBeLessThanOrEqual(2);
    }
  });
});

describe('list store (browser)', () => {
  it('serves the first shard first, then only the shards of the rows asked for', async () => {
    const index = indexOf(45);
    const files = buildListFiles(index, 10);
    const { source, fetched } = sourceOver(files, index);
    const store = listStore(source);
    const first = await store.first();
    // 45 articles in shards of 10: the newest shard holds the 5 left over, too few for a
    // first screen, so the next shard comes with it.
    expect(first.partial).toBe(true);
    expect(first.total).toBe(45);
    expect(first.articles).toEqual(index.articles.slice(0, 15));
    expect(fetched).toHaveLength(3);

    let notified = 0;
    store.subscribe(() => notified++);
    store.need([30, 31]);
    await settle();
    await settle();
    expect(store.at(30)).toEqual(index.articles[30]);
    expect(store.at(20)).toBeUndefined();
    expect(fetched).toHaveLength(4);
    expect(notified).toBeGreaterThan(0);

    store.need([31, 4]);
    await settle();
    expect(fetched).toHaveLength(4);

    const whole = await store.all();
    expect(whole.partial).toBeUndefined();
    expect(whole.articles).toEqual(index.articles);
    // Every shard once: the two already here were not fetched again.
    expect(fetched.filter((f) => f !== 'manifest')).toHaveLength(5);
    expect(store.byId().get('article-44')).toEqual(index.articles[44]);
  });

  it('finds where read articles are: arrived rows at once, the others from their bucket of ids', async () => {
    const index = indexOf(2600);
    const files = buildListFiles(index, 1000);
    const { source, fetched } = sourceOver(files, index);
    const store = listStore(source);
    await store.first();
    const before = fetched.length;
    // Articles on screen: no file needed.
    expect(store.placesOf(['article-3', 'article-7'])).toEqual(new Set([3, 7]));
    expect(fetched).toHaveLength(before);
    // One far down and one this library does not have: the ids facet and their buckets.
    expect(store.placesOf(['article-3', 'article-2500', 'gone'])).toBeNull();
    await settle();
    await settle();
    await settle();
    expect(store.placesOf(['article-3', 'article-2500', 'gone'])).toEqual(new Set([3, 2500, -1]));
    const buckets = fetched.slice(before).filter((file) => file.startsWith('ids-'));
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.length).toBeLessThanOrEqual(2);
    // Not one list shard was fetched to know it: six buckets of ids exist for 2,600 articles.
    expect(fetched.slice(before).filter((file) => /^\d/.test(file))).toEqual([]);
    expect([...files.keys()].filter((file) => file.startsWith('list/ids-'))).toHaveLength(6);
  });

  it('says when it cannot know where read articles are (a list without the ids facet)', async () => {
    const index = indexOf(2600);
    const files = new Map(buildListFiles(index, 1000));
    const manifest = JSON.parse(files.get(LIST_MANIFEST) ?? 'null') as ListManifest;
    const older = { ...manifest.facets };
    delete older.ids;
    files.set(LIST_MANIFEST, JSON.stringify({ ...manifest, facets: older }));
    const { source } = sourceOver(files, index);
    const store = listStore(source);
    await store.first();
    expect(store.placesOf(['article-3'])).toEqual(new Set([3]));
    expect(store.placesOf(['article-2500'])).toBeNull();
    await settle();
    await settle();
    await settle();
    // The caller then loads every shard, as before the facet existed.
    expect(store.placesOf(['article-2500'])).toBe(false);
  });

  it('a one-shard library is whole at once', async () => {
    const index = indexOf(7);
    const { source } = sourceOver(buildListFiles(index), index);
    const first = await listStore(source).first();
    expect(first.partial).toBeUndefined();
    expect(first.articles).toEqual(index.articles);
  });

  it('a source without shards gives its whole index', async () => {
    const index = indexOf(3);
    const source: DataSource = {
      index: () => Promise.resolve(index),
      article: () => Promise.resolve(null),
    };
    const store = listStore(source);
    expect(await store.first()).toBe(index);
    expect(store.whole()).toBe(index);
  });
});

describe('page order', () => {
  it('oldest first reverses the dated articles and keeps the undated last', () => {
    // Index order: 0..3 dated newest first, 4..5 undated.
    expect(pageOrder('newest', 6, 4, null)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pageOrder('oldest', 6, 4, null)).toEqual([3, 2, 1, 0, 4, 5]);
    expect(pageOrder('oldest', 6, null, null)).toBeNull();
  });

  it("orders a search's matches by the view's sort", () => {
    expect(pageOrder('relevance', 6, 4, [5, 0, 2])).toEqual([5, 0, 2]);
    expect(pageOrder('newest', 6, 4, [5, 0, 2])).toEqual([0, 2, 5]);
    expect(pageOrder('oldest', 6, 4, [5, 0, 2])).toEqual([2, 0, 5]);
  });
});

describe('list facets (build and view)', () => {
  const LANGS = ['en', 'id', 'fr'];
  const OUTLETS = ['Alpha', 'Beta', undefined];
  const article = fc
    .record({
      lang: fc.constantFrom(...LANGS),
      outlet: fc.constantFrom(...OUTLETS),
      quotes: fc.nat({ max: 3 }),
      wordCount: fc.integer({ min: 50, max: 60 }),
      speakers: fc.uniqueArray(fc.constantFrom('Budi', 'Siti', 'Tom'), { maxLength: 2 }),
    })
    .map((fields) => fields);
  const queryArb = fc.record({
    lang: fc.constantFrom('', ...LANGS, 'de'),
    outlet: fc.constantFrom('', 'Alpha', 'Beta', 'Gamma'),
    hasQuotes: fc.boolean(),
    speaker: fc.constantFrom('', 'Budi', 'Tom', 'Nobody'),
    sort: fc.constantFrom(null, 'newest', 'oldest', 'shortest', 'longest', 'relevance'),
    searching: fc.boolean(),
    unread: fc.boolean(),
  });

  it('filter and sort exactly as the whole index does, with and without a search', () => {
    fc.assert(
      fc.property(
        fc.array(article, { maxLength: 40 }),
        fc.nat({ max: 10 }),
        queryArb,
        fc.array(fc.nat({ max: 39 }), { maxLength: 15 }),
        fc.array(fc.option(fc.constantFrom(0.2, 0.95, 1)), { maxLength: 45 }),
        (fields, undatedWanted, wanted, matchWanted, progress) => {
          const undated = Math.min(fields.length, undatedWanted);
          const articles: ArticleSummary[] = fields.map((f, i) => {
            const { outlet, speakers, ...rest } = f;
            return {
              ...summary(i, i < fields.length - undated),
              ...rest,
              speakers: speakers.map((name): [string, number] => [name, 1]),
              ...(outlet === undefined ? {} : { outlet }),
            };
          });
          const index: LibraryIndex = { version: 1, articles };
          const files = buildListFiles(index, 7);
          const manifest = JSON.parse(files.get(LIST_MANIFEST) ?? 'null') as ListManifest;
          const facets: Facets = {};
          for (const kind of FACET_KINDS) {
            const file = files.get(`list/${manifest.facets?.[kind] ?? ''}`) ?? 'null';
            addFacet(facets, JSON.parse(file) as ListFacet);
          }
          const matches = wanted.searching
            ? [...new Set(matchWanted.filter((doc) => doc < articles.length))]
            : null;
          const query: LibraryQuery = {
            ...EMPTY_QUERY,
            q: wanted.searching ? 'word' : '',
            lang: wanted.lang,
            outlet: wanted.outlet,
            hasQuotes: wanted.hasQuotes,
            speaker: wanted.speaker,
            sort: wanted.sort,
            unread: wanted.unread,
          };
          // Progress on some articles (a few beyond this library's); the read ones' places
          // from the buckets of the ids facet, as the store finds them.
          const reads: ReadState = Object.fromEntries(
            progress.flatMap((fraction, doc) =>
              fraction === null ? [] : [[`article-${doc}`, { fraction, updatedAt: 1 }]],
            ),
          );
          const placeById = new Map<string, number>();
          for (const file of facets.ids ?? []) {
            const bucket = JSON.parse(files.get(`list/${file}`) ?? 'null') as ListFacet;
            if (bucket.kind === 'places')
              for (const [id, doc] of bucket.ids) placeById.set(id, doc);
          }
          const read = new Set(readIds(reads).map((id) => placeById.get(id) ?? -1));
          const docs = facetOrder(
            query,
            effectiveSort(query),
            articles.length,
            manifest.dated,
            facets,
            matches,
            pageOrder,
            read,
          );
          const orders = computeSortOrders(articles);
          const byId = new Map(articles.map((a) => [a.id, a]));
          const hits = matches?.map((doc) => ({ id: articles[doc]?.id ?? '', terms: [] })) ?? null;
          const whole = selectArticles(orders, byId, query, reads, hits).map((a) => a.id);
          expect(docs?.map((doc) => articles[doc]?.id)).toEqual(whole);
          // The panel's list of everyone quoted is the whole index's.
          const listed = facets.speakers?.map((speaker) => {
            const stat: Partial<typeof speaker> = { ...speaker };
            delete stat.places;
            return stat;
          });
          expect(listed).toEqual(countSpeakers(articles));
        },
      ),
      { seed: 20261130 },
    );
  });
});
