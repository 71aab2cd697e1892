// Everyone quoted, in shards: what the build writes, and what the Speakers page's store
// fetches for the entries a reader reaches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSpeakerFiles } from '../../src/build/speaker-files.ts';
import {
  NAME_ORDER_LOCALE,
  nameBucket,
  SPEAKER_IDS_INLINE,
  SPEAKERS_MANIFEST,
  type SpeakerIdsFile,
  type SpeakerNamesShard,
  type SpeakersManifest,
  type SpeakersShard,
} from '../../src/config/speakers.ts';
import {
  findFilesFor,
  letterOf,
  nameMatches,
  findKey,
  nameQuery,
  speakerCards,
} from '../../src/data/speaker-cards.ts';
import { byName } from '../../src/data/speakers-by-name.ts';
import type { DataSource } from '../../src/data/source.ts';
import {
  speakersStore,
  type SpeakerQuery,
  type SpeakersStore,
} from '../../src/data/speakers-store.ts';
import type { Article, ArticleSummary, LibraryIndex } from '../../src/data/types.ts';
import { loadSpeakerData, PAGE_SIZE } from '../../src/features/speakers/speaker-data.ts';
import { quotingLibrary } from '../quoting-library.ts';

/** Article n quotes speakers "Person 0" … "Person n" (Person 0 most, in every article). */
function indexOf(count: number): LibraryIndex {
  const articles: ArticleSummary[] = Array.from({ length: count }, (_, n) => ({
    id: `a${n}`,
    title: `Article ${n}`,
    lang: n % 2 === 0 ? 'en' : 'id',
    excerpt: '',
    wordCount: 100,
    readingMinutes: 1,
    quotes: n + 1,
    speakers: Array.from({ length: n + 1 }, (_, p) => [`Person ${p}`, 1] as [string, number]),
  }));
  return { version: 1, articles };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('speaker cards', () => {
  it('count quotes and articles and list each speaker’s newest articles', () => {
    const cards = speakerCards(indexOf(5).articles, 2);
    expect(cards.map((card) => card.name)).toEqual([
      'Person 0',
      'Person 1',
      'Person 2',
      'Person 3',
      'Person 4',
    ]);
    expect(cards[0]).toMatchObject({ quotes: 5, articles: 5 });
    // The index is newest first: a0 and a1 are the newest quoting Person 0.
    expect(cards[0]?.latest).toEqual([
      ['a0', 'Article 0', 'en', 1],
      ['a1', 'Article 1', 'id', 1],
    ]);
    expect(cards[4]?.latest.map(([id]) => id)).toEqual(['a4']);
  });

  it('file names under their first letter, accents folded', () => {
    expect(letterOf('Émile')).toBe('E');
    expect(letterOf('Пётр')).toBe('#');
    expect(letterOf('1st Battalion')).toBe('#');
  });
});

describe('speaker name lookup', () => {
  it('holds every person once, in the bucket of their name, with every article quoting them', () => {
    const index = indexOf(30);
    const files = buildSpeakerFiles(index, 7);
    const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
    expect(manifest.names).toHaveLength(Math.ceil(30 / 7));
    const seen = new Set<string>();
    manifest.names.forEach((file, bucket) => {
      const shard = JSON.parse(files.get(`speakers/${file}`) ?? '') as SpeakerNamesShard;
      for (const record of shard.speakers) {
        expect(nameBucket(record.name, manifest.names.length)).toBe(bucket);
        seen.add(record.name);
      }
    });
    expect(seen.size).toBe(30);
    const person = (
      JSON.parse(
        files.get(
          `speakers/${manifest.names[nameBucket('Person 28', manifest.names.length)] ?? ''}`,
        ) ?? '',
      ) as SpeakerNamesShard
    ).speakers.find((record) => record.name === 'Person 28');
    // Quoted in articles 28 and 29 (article n quotes Person 0 … Person n), newest first.
    expect(person).toEqual({ name: 'Person 28', quotes: 2, articles: 2, ids: ['a28', 'a29'] });
  });
});

describe('speaker ids', () => {
  it('of someone quoted in many articles go to a file of their own', () => {
    const index = indexOf(SPEAKER_IDS_INLINE + 20);
    const files = buildSpeakerFiles(index);
    const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
    const bucket = JSON.parse(
      files.get(
        `speakers/${manifest.names[nameBucket('Person 0', manifest.names.length)] ?? ''}`,
      ) ?? '',
    ) as SpeakerNamesShard;
    const person = bucket.speakers.find((record) => record.name === 'Person 0');
    expect(person?.articles).toBe(SPEAKER_IDS_INLINE + 20);
    expect(person?.ids).toHaveLength(SPEAKER_IDS_INLINE);
    // Person p is quoted in articles p … (SPEAKER_IDS_INLINE + 19): Persons 0 … 19 in more.
    expect(manifest.ids).toHaveLength(20);
    expect(manifest.ids).toContain(person?.allIds);
    const own = JSON.parse(files.get(`speakers/${person?.allIds ?? ''}`) ?? '') as SpeakerIdsFile;
    expect(own.ids).toEqual(index.articles.map((article) => article.id));
    // Someone quoted less keeps every id in the record.
    const rare = bucket.speakers.find((record) => record.articles < SPEAKER_IDS_INLINE);
    expect(rare === undefined || rare.allIds === undefined).toBe(true);
  });
});

describe("a person's page over HTTP", () => {
  it('reads their record, and their own file of ids only for a later page', async () => {
    const index = indexOf(SPEAKER_IDS_INLINE + 20);
    const files = buildSpeakerFiles(index);
    const fetched: string[] = [];
    const read = <T>(file: string): Promise<T> => {
      fetched.push(file);
      return Promise.resolve(JSON.parse(files.get(`speakers/${file}`) ?? '') as T);
    };
    const source: DataSource = {
      index: () => Promise.reject(new Error('a person’s page needs no index')),
      article: (id) =>
        Promise.resolve({
          id,
          title: `Title ${id}`,
          lang: 'en',
          paragraphs: [
            {
              text: '"Yes," said Person 0.',
              quotes: [{ start: 0, end: 6, kind: 'direct', speaker: 'Person 0' }],
            },
          ],
          speakers: [{ name: 'Person 0', quotes: 1 }],
        } as unknown as Article),
      speakers: {
        manifest: () =>
          Promise.resolve(JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest),
        shard: (file) => read<SpeakersShard>(file),
        names: (file) => read<SpeakerNamesShard>(file),
        ids: (file) => read<SpeakerIdsFile>(file),
      },
    };
    const first = await loadSpeakerData(
      source,
      () => Promise.reject(new Error('no index')),
      'Person 0',
      new URL('https://baca.test/speakers/Person%200'),
    );
    expect(first).toMatchObject({ articles: SPEAKER_IDS_INLINE + 20, page: 1, more: true });
    expect(first?.shown).toHaveLength(PAGE_SIZE);
    expect(first?.allIds).toBeDefined();
    expect(fetched.some((file) => file.startsWith('ids-'))).toBe(false);
    const second = await loadSpeakerData(
      source,
      () => Promise.reject(new Error('no index')),
      'Person 0',
      new URL('https://baca.test/speakers/Person%200?page=2'),
    );
    expect(second?.shown).toHaveLength(2 * PAGE_SIZE);
    expect(second?.ids).toHaveLength(SPEAKER_IDS_INLINE + 20);
    expect(second?.allIds).toBeUndefined();
    expect(fetched.some((file) => file.startsWith('ids-'))).toBe(true);
  });
});

describe('speaker shards', () => {
  const index = indexOf(30);
  const files = buildSpeakerFiles(index, 7);
  const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;

  it('cut everyone quoted, most quoted first, into consecutive shards', () => {
    const shards = manifest.shards.map(
      ([, , file]) => JSON.parse(files.get(`speakers/${file}`) ?? '') as SpeakersShard,
    );
    expect(manifest.total).toBe(30);
    expect(manifest.letters).toEqual(['P']);
    expect(shards.flatMap((shard) => shard.speakers)).toEqual(speakerCards(index.articles));
  });

  it('are fetched by the store only for the places asked for', async () => {
    const fetched: string[] = [];
    const source: DataSource = {
      index: () => Promise.reject(new Error('the Speakers page needs no index')),
      article: () => Promise.resolve(null),
      speakers: {
        manifest: () => Promise.resolve(manifest),
        shard: (file) => {
          fetched.push(file);
          return Promise.resolve(JSON.parse(files.get(`speakers/${file}`) ?? '') as SpeakersShard);
        },
        names: () => Promise.reject(new Error('the Speakers page needs no name lookup')),
        ids: () => Promise.reject(new Error('the Speakers page needs no ids')),
      },
    };
    const store = speakersStore(source);
    const first = await store.first();
    expect(first).toMatchObject({ partial: true, total: 30, letters: ['P'] });
    expect(first.speakers).toHaveLength(7);
    store.need([15, 16]);
    await settle();
    await settle();
    expect(store.at(16)?.name).toBe('Person 16');
    expect(store.at(10)).toBeUndefined();
    expect(fetched).toHaveLength(2);
    const all = await store.all();
    expect(all.speakers).toHaveLength(30);
    expect(new Set(fetched).size).toBe(manifest.shards.length);
    expect(fetched).toHaveLength(manifest.shards.length);
  });
});

describe('finding a person', () => {
  it('matches a word of the name from its start, accents and case aside', () => {
    expect(nameMatches('Joko Widodo', nameQuery('wid'))).toBe(true);
    expect(nameMatches('Joko Widodo', nameQuery('JOKO wi'))).toBe(true);
    expect(nameMatches('Joko Widodo', nameQuery('dodo'))).toBe(false);
    expect(nameMatches('Émile Zola', nameQuery('emi'))).toBe(true);
    expect(nameMatches("Conan O'Brien", nameQuery('bri'))).toBe(true);
    expect(nameMatches("'Abdullah", nameQuery("'abd"))).toBe(true);
    expect(nameMatches('Jean-Paul Sartre', nameQuery('paul'))).toBe(true);
    expect(nameMatches('Anyone', nameQuery('  '))).toBe(true);
    // One letter: the names filed under it, as in a phone's contacts.
    expect(nameMatches('Joko Widodo', nameQuery('J'))).toBe(true);
    expect(nameMatches('Joko Widodo', nameQuery('w'))).toBe(false);
    expect(nameMatches('Émile Zola', nameQuery('e'))).toBe(true);
    expect(nameMatches('Иван Петров', nameQuery('и'))).toBe(true);
  });

  it('is found under the first two letters of a word, more where the prefix is crowded', () => {
    const none = new Set<string>();
    expect(findKey('widodo', none)).toBe('wi');
    expect(findKey('a', none)).toBe('a');
    expect(findKey('пётр', none)).toBe('пё');
    const split = new Set(['wi', 'wid']);
    expect(findKey('widodo', split)).toBe('wido');
    expect(findKey('wibowo', split)).toBe('wib');
    expect(findKey('wi', split)).toBe('wi');
  });

  it('looks a query up in the file of its key, or of every key it starts', () => {
    const files = [
      ['a', 'f0'],
      ['bu', 'f1'],
      ['ca', 'f2'],
      ['co', 'f3'],
      ['da', 'f4'],
      ['sa', 'f5'],
      ['sab', 'f6'],
      ['sap', 'f7'],
      ['se', 'f8'],
    ] as const;
    const split = new Set(['sa']);
    expect(findFilesFor(files, split, 'bud').files).toEqual(['f1']);
    expect(findFilesFor(files, split, 'by').files).toEqual(['f1']);
    expect(findFilesFor(files, split, 'c').files).toEqual(['f1', 'f2', 'f3']);
    expect(findFilesFor(files, split, 'cx').files).toEqual(['f3']);
    expect(findFilesFor(files, split, 'co budi').files).toEqual(['f3']);
    expect(findFilesFor(files, split, '0').files).toEqual([]);
    expect(findFilesFor(files, split, 'sapto').files).toEqual(['f7']);
    expect(findFilesFor(files, split, 'sa').files).toEqual(['f5', 'f6', 'f7']);
    // The query word needing the fewest files; one crowded word, its own file.
    expect(findFilesFor(files, split, 'sa bud').files).toEqual(['f1']);
    const crowds = new Map([['sa', 'c0']]);
    expect(findFilesFor(files, split, 'sa', crowds)).toEqual({ files: [], crowd: 'c0' });
    expect(findFilesFor(files, split, 'sa bu', crowds).files).toEqual(['f1']);
  });
});

/** Names of many shapes: accents, punctuation, scripts the A–Z index files under '#'. */
const NAME_WORDS = [
  'Ángel',
  'Zoë',
  'Budi',
  "'Abdullah",
  'Øystein',
  'Иван',
  'van',
  'de',
  'Widodo',
  'Joko',
  'Sri',
  'Mulyani',
  "O'Brien",
  'Jean-Paul',
  'Émile',
  'zola',
  '1st',
  'Sumiyati',
  'Wulan',
];

/** A source over HTTP-like files that records what it fetched. */
function filesSource(files: Map<string, string>, fetched: string[]): DataSource {
  const read = <T>(file: string): Promise<T> => {
    fetched.push(file);
    const json = files.get(`speakers/${file}`);
    return json === undefined
      ? Promise.reject(new Error(file))
      : Promise.resolve(JSON.parse(json) as T);
  };
  return {
    index: () => Promise.reject(new Error('the Speakers page needs no index')),
    article: () => Promise.resolve(null),
    speakers: {
      manifest: () =>
        Promise.resolve(JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest),
      shard: read,
      names: () => Promise.reject(new Error('the Speakers page needs no name lookup')),
      ids: () => Promise.reject(new Error('the Speakers page needs no ids')),
      find: read,
      letter: read,
      crowd: read,
    },
  };
}

/** Lets files that resolve at once (as `filesSource`'s do) arrive: a few microtask turns. */
async function flush(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
}

/** A view's rows once its files and the shards of its first `rows` places have arrived. */
async function viewRows(store: SpeakersStore, query: SpeakerQuery, rows = Infinity) {
  let view = store.view(query);
  for (let round = 0; view === null && round < 3; round++) {
    store.prepare(query);
    await flush();
    view = store.view(query);
  }
  if (view === null || view === false) throw new Error('no view by need');
  const { order, places } = view;
  const shown = places.slice(0, rows);
  store.need(shown, order);
  await flush();
  return shown.map((place) => store.at(place, order)?.name);
}

describe('the Speakers page by need', () => {
  it('shows A–Z, a letter and a name as the whole list would, in either order', async () => {
    const speakerNames = fc
      .array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 3 })
      .map((words) => words.join(' '));
    const letters = ['', 'A', 'J', 'W', 'Z', '#', 'E', 'O'];
    const typed = ['', 'j', 'wi', 'ANG', 'zo', "o'b", 'paul', 'иван', 'x'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(speakerNames, { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        async (quoted, shardEntries, findEntries) => {
          const index = quotingLibrary(
            quoted.map((names) => names.map((name, i) => [name, i + 1] as const)),
          );
          const files = buildSpeakerFiles(index, shardEntries, findEntries);
          const store = speakersStore(filesSource(files, []));
          const cards = speakerCards(index.articles);
          for (const order of ['quotes', 'name'] as const)
            for (const letter of letters)
              for (const text of typed) {
                const query = nameQuery(text);
                const expected = (order === 'name' ? byName(cards, NAME_ORDER_LOCALE) : cards)
                  .filter(
                    ({ name }) =>
                      (letter === '' || letterOf(name) === letter) && nameMatches(name, query),
                  )
                  .map(({ name }) => name);
                expect(await viewRows(store, { order, letter, query })).toEqual(expected);
              }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('fetches one file for a letter or a name and only the shards of the rows shown', async () => {
    const names = Array.from({ length: 60 }, (_, n) => `${NAME_WORDS[n % NAME_WORDS.length]} ${n}`);
    const index = quotingLibrary(names.map((name, n) => [[name, 1 + (n % 7)]]));
    const files = buildSpeakerFiles(index, 5);
    const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
    const fetched: string[] = [];
    const store = speakersStore(filesSource(files, fetched));
    await store.first();
    fetched.length = 0;
    const rows = await viewRows(store, { order: 'quotes', letter: '', query: nameQuery('wid') });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((name) => name?.includes('Widodo'))).toBe(true);
    const finds = fetched.filter((file) => file.startsWith('find-'));
    expect(finds).toHaveLength(1);
    expect(fetched.length).toBeLessThan(manifest.shards.length);
    // A–Z: the first screen only, from the shards in name order.
    fetched.length = 0;
    const az = await viewRows(store, { order: 'name', letter: '', query: '' }, 6);
    expect(az).toEqual(
      byName(speakerCards(index.articles), NAME_ORDER_LOCALE)
        .slice(0, 6)
        .map((c) => c.name),
    );
    expect(fetched.every((file) => file.startsWith('az-'))).toBe(true);
    expect(fetched).toHaveLength(2);
    expect(store.whole()).toBeNull();
  });

  it('falls back to every shard when a file of the view fails to load', async () => {
    const files = buildSpeakerFiles(indexOf(12), 5);
    const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
    for (const [, file] of manifest.letterPlaces ?? []) files.delete(`speakers/${file}`);
    const store = speakersStore(filesSource(files, []));
    await store.first();
    const query = { order: 'quotes', letter: 'P', query: '' } as const;
    expect(store.view(query)).toBeNull();
    store.prepare(query);
    await flush();
    expect(store.view(query)).toBe(false);
    expect((await store.all()).speakers).toHaveLength(12);
  });

  it('cannot be had by need from a build without the A–Z files', async () => {
    const files = buildSpeakerFiles(indexOf(12), 5);
    const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as Partial<SpeakersManifest>;
    delete manifest.byName;
    delete manifest.find;
    delete manifest.letterRanges;
    delete manifest.letterPlaces;
    files.set(SPEAKERS_MANIFEST, JSON.stringify(manifest));
    const store = speakersStore(filesSource(files, []));
    await store.first();
    expect(store.view({ order: 'name', letter: '', query: '' })).toBe(false);
  });
});
