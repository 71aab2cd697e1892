// Everyone quoted, cut into shards of consecutive entries (most quoted first), so the Speakers
// page fetches the screens the reader reaches instead of the whole library's index.
import { createHash } from 'node:crypto';
import {
  FIND_FILE_ENTRIES,
  NAME_ORDER_LOCALE,
  nameBucket,
  SPEAKER_IDS_INLINE,
  SPEAKERS_DIR,
  SPEAKERS_MANIFEST,
  type SpeakerFindEntry,
  type SpeakerIdsFile,
  type SpeakerNamesShard,
  type SpeakerCard,
  type SpeakerRecord,
  type SpeakersManifest,
  type SpeakersCrowdFile,
  type SpeakersFindFile,
  type SpeakersLetterFile,
  type SpeakersShard,
} from '../config/speakers.ts';
import {
  findKey,
  letterOf,
  lettersOf,
  MAX_KEY_LETTERS,
  nameWords,
  speakerCards,
} from '../data/speaker-cards.ts';
import type { LibraryIndex } from '../data/types.ts';

/** Entries per shard: a few hundred bytes each, ~20–60 kB gzipped per shard. */
export const SPEAKER_SHARD_ENTRIES = 500;

const contentHash = (json: string, length: number): string =>
  createHash('sha256').update(json).digest('hex').slice(0, length);

/** The manifest and shard files, keyed by their path under the data folder. */
export function buildSpeakerFiles(
  index: LibraryIndex,
  shardEntries = SPEAKER_SHARD_ENTRIES,
  findEntries = FIND_FILE_ENTRIES,
): Map<string, string> {
  const cards = speakerCards(index.articles);
  const files = new Map<string, string>();
  const writeShards = (ordered: readonly SpeakerCard[], prefix: string) => {
    const written: SpeakersManifest['shards'] = [];
    for (let from = 0; from < ordered.length; from += shardEntries) {
      const shard: SpeakersShard = {
        version: 1,
        speakers: ordered.slice(from, from + shardEntries),
      };
      const json = JSON.stringify(shard);
      const file = `${prefix}${written.length}-${contentHash(json, 10)}.json`;
      files.set(`${SPEAKERS_DIR}/${file}`, json);
      written.push([from, shard.speakers.length, file]);
    }
    return written;
  };
  const shards = writeShards(cards, '');
  // A–Z, a letter and a name are answered by need too: the same cards in name order (a
  // letter is a range of it), the places of each letter's names most quoted first, and the
  // names by the first two letters of their words (what a typed name is looked up by).
  const quotePlace = new Map(cards.map((card, place) => [card.name, place]));
  const collator = new Intl.Collator(NAME_ORDER_LOCALE);
  const alphabetical = [...cards].sort((a, b) => collator.compare(a.name, b.name));
  const byName = writeShards(alphabetical, 'az-');
  const letterRanges: NonNullable<SpeakersManifest['letterRanges']> = [];
  const byLetter = new Map<string, number[]>();
  const found: [entry: SpeakerFindEntry, word: string][] = [];
  alphabetical.forEach((card, namePlace) => {
    const letter = letterOf(card.name);
    const last = letterRanges.at(-1);
    if (last?.[0] === letter) last[2]++;
    else letterRanges.push([letter, namePlace, 1]);
    const place = quotePlace.get(card.name) ?? 0;
    const places = byLetter.get(letter) ?? [];
    places.push(place);
    byLetter.set(letter, places);
    const entry: SpeakerFindEntry = [card.name, namePlace, place];
    for (const word of nameWords(card.name)) found.push([entry, word]);
  });
  // Words are found by their first two letters; a prefix more than `findEntries` people share
  // is lengthened by a letter (and so on), so that the file a typed name reads stays small.
  const split = new Set<string>();
  const keyed = (): Map<string, Map<number, SpeakerFindEntry>> => {
    const byKey = new Map<string, Map<number, SpeakerFindEntry>>();
    for (const [entry, word] of found) {
      const key = findKey(word, split);
      const people = byKey.get(key) ?? new Map<number, SpeakerFindEntry>();
      people.set(entry[1], entry);
      byKey.set(key, people);
    }
    return byKey;
  };
  let byKey = keyed();
  for (let depth = 2; depth < MAX_KEY_LETTERS; depth++) {
    const crowded = [...byKey].filter(
      ([key, people]) => people.size > findEntries && Array.from(key).length === depth,
    );
    if (crowded.length === 0) break;
    for (const [key] of crowded) split.add(key);
    byKey = keyed();
  }
  const letterPlaces = [...byLetter.keys()].sort().map((letter, n): [string, string] => {
    const places = (byLetter.get(letter) ?? []).sort((a, b) => a - b);
    const json = JSON.stringify({ version: 1, places } satisfies SpeakersLetterFile);
    const file = `letter-${n}-${contentHash(json, 10)}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    return [letter, file];
  });
  // Consecutive keys share a file up to about `findEntries` people (a key is never cut), each
  // person once per file, A–Z.
  const find: NonNullable<SpeakersManifest['find']> = [];
  let group: string[] = [];
  let size = 0;
  const writeFind = (): void => {
    const people = new Map<number, SpeakerFindEntry>();
    for (const key of group)
      for (const [place, entry] of byKey.get(key) ?? []) people.set(place, entry);
    const entries = [...people.values()].sort((a, b) => a[1] - b[1]);
    const json = JSON.stringify({ version: 1, entries } satisfies SpeakersFindFile);
    const file = `find-${find.length}-${contentHash(json, 10)}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    find.push([group[0] ?? '', file]);
    group = [];
    size = 0;
  };
  for (const key of [...byKey.keys()].sort()) {
    const count = byKey.get(key)?.size ?? 0;
    if (size > 0 && size + count > findEntries) writeFind();
    group.push(key);
    size += count;
  }
  if (group.length > 0) writeFind();
  // A query of one crowded word matches everyone under it: their places, without names.
  const crowded = new Map<string, Map<number, number>>();
  for (const [entry, word] of found) {
    const letters = Array.from(word);
    for (let depth = 2; depth <= letters.length; depth++) {
      const key = letters.slice(0, depth).join('');
      if (!split.has(key)) break;
      const people = crowded.get(key) ?? new Map<number, number>();
      people.set(entry[1], entry[2]);
      crowded.set(key, people);
    }
  }
  const gaps = (places: number[]): number[] =>
    places.sort((a, b) => a - b).map((place, i) => place - (i === 0 ? 0 : (places[i - 1] ?? 0)));
  const findCrowds = [...crowded.keys()].sort().map((key, n): [string, string] => {
    const people = crowded.get(key) ?? new Map<number, number>();
    const json = JSON.stringify({
      version: 1,
      names: gaps([...people.keys()]),
      quotes: gaps([...people.values()]),
    } satisfies SpeakersCrowdFile);
    const file = `crowd-${n}-${contentHash(json, 10)}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    return [key, file];
  });
  // One person's page: their record in the bucket of their name, about 500 people a file.
  const buckets = Math.max(1, Math.ceil(cards.length / shardEntries));
  const records = new Map<string, SpeakerRecord>(
    cards.map(({ name, quotes, articles, fullName }) => [
      name,
      { name, quotes, articles, ...(fullName === undefined ? {} : { fullName }), ids: [] },
    ]),
  );
  for (const article of index.articles)
    for (const [name] of article.speakers) records.get(name)?.ids.push(article.id);
  const bucketed = Array.from({ length: buckets }, (): SpeakerRecord[] => []);
  const idFiles: string[] = [];
  for (const record of records.values()) {
    // Someone quoted in thousands of articles would make their bucket heavy for everyone in
    // it: beyond the first ids, theirs go to a file of their own.
    if (record.ids.length > SPEAKER_IDS_INLINE) {
      const own: SpeakerIdsFile = { version: 1, ids: record.ids };
      const json = JSON.stringify(own);
      const file = `ids-${contentHash(json, 12)}.json`;
      files.set(`${SPEAKERS_DIR}/${file}`, json);
      record.ids = record.ids.slice(0, SPEAKER_IDS_INLINE);
      record.allIds = file;
      idFiles.push(file);
    }
    bucketed[nameBucket(record.name, buckets)]?.push(record);
  }
  const names = bucketed.map((speakers, bucket) => {
    const shard: SpeakerNamesShard = { version: 1, speakers };
    const json = JSON.stringify(shard);
    const file = `names-${bucket}-${contentHash(json, 10)}.json`;
    files.set(`${SPEAKERS_DIR}/${file}`, json);
    return file;
  });
  const manifest: SpeakersManifest = {
    version: 1,
    total: cards.length,
    letters: lettersOf(cards),
    shards,
    names,
    ids: idFiles,
    byName,
    letterRanges,
    letterPlaces,
    find,
    findSplit: [...split].sort(),
    findCrowds,
  };
  files.set(SPEAKERS_MANIFEST, JSON.stringify(manifest));
  return files;
}
