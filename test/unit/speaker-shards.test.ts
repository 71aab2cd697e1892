// Everyone quoted, in shards: what the build writes, and what the Speakers page's store
// fetches for the entries a reader reaches.
import { describe, expect, it } from 'vitest';
import { buildSpeakerFiles } from '../../src/build/speaker-files.ts';
import {
  nameBucket,
  SPEAKERS_MANIFEST,
  type SpeakerNamesShard,
  type SpeakersManifest,
  type SpeakersShard,
} from '../../src/config/speakers.ts';
import { letterOf, speakerCards } from '../../src/data/speaker-cards.ts';
import type { DataSource } from '../../src/data/source.ts';
import { speakersStore } from '../../src/data/speakers-store.ts';
import type { ArticleSummary, LibraryIndex } from '../../src/data/types.ts';

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
