// Everyone quoted, in shards: the build writes them (src/build/speaker-files.ts), the Speakers
// page fetches the ones the reader scrolls to (see docs/DESIGN.md "Speaker shards").
import type { SpeakerStat } from '../data/speaker-stats.ts';

export const SPEAKERS_DIR = 'speakers';
export const SPEAKERS_MANIFEST = `${SPEAKERS_DIR}/manifest.json`;

/** One of a speaker's newest articles: [id, title, language, their quotes in it]. */
export type LatestArticle = [id: string, title: string, lang: string, quotes: number];

/** A speaker as the Speakers page lists them: counts and their newest articles. */
export interface SpeakerCard extends SpeakerStat {
  latest: LatestArticle[];
}

/** `data/speakers/manifest.json`: how many speakers, and which file holds which. */
export interface SpeakersManifest {
  version: 1;
  total: number;
  /** The first letters names are filed under (for the A–Z index before every shard arrives). */
  letters: string[];
  /** Per shard: [first speaker's place, most quoted first; speakers; file under `speakers/`]. */
  shards: [from: number, count: number, file: string][];
  /** One person's page: files under `speakers/` by bucket of the name (`nameBucket`). */
  names: string[];
  /** The files of people quoted in more articles than their record holds (`allIds`). */
  ids: string[];
  /**
   * The same speakers A–Z (collation `NAME_ORDER_LOCALE`): `[from, count, file]` per file of
   * `SpeakersShard` under `speakers/` (`az-<n>-<hash>.json`). Absent in builds before it: the
   * page then loads every shard for A–Z, a letter or a name.
   */
  byName?: [from: number, count: number, file: string][];
  /** Per letter of `letters`: where its names start in the A–Z order and how many there are. */
  letterRanges?: [letter: string, from: number, count: number][];
  /**
   * Finding a name by need: the people by the key of each word of their name (`findKey`: its
   * first two letters, more for the crowded prefixes in `findSplit`), cut into files of
   * consecutive keys (`find-<n>-<hash>.json`, a `SpeakersFindFile`), each named here by its
   * first key, in code-unit order.
   */
  find?: [firstKey: string, file: string][];
  /** The keys more than a file's worth of people shared, found by one more letter. */
  findSplit?: string[];
  /**
   * Per key of `findSplit`, the file (`crowd-<n>-<hash>.json`, a `SpeakersCrowdFile`) of where
   * everyone with a word starting with it is: a query of that one word, without its names.
   */
  findCrowds?: [key: string, file: string][];
  /**
   * A letter most quoted first: per letter of `letters`, the file (`letter-<n>-<hash>.json`, a
   * `SpeakersLetterFile`) of the places (most quoted first) of the names filed under it.
   */
  letterPlaces?: [letter: string, file: string][];
}

/** Collation of the A–Z order the build writes (fixed, so every build and host agree). */
export const NAME_ORDER_LOCALE = 'en';

/** One person in a find file: their name and places in the two orders. */
export type SpeakerFindEntry = [name: string, namePlace: number, quotePlace: number];

/** `data/speakers/letter-<n>-<hash>.json`: where the names filed under a letter are. */
export interface SpeakersLetterFile {
  version: 1;
  /** Places most quoted first, ascending. */
  places: number[];
}

/** `data/speakers/crowd-<n>-<hash>.json`: the places of everyone a crowded word finds. */
export interface SpeakersCrowdFile {
  version: 1;
  /** Places A–Z, ascending, each as the gap from the one before. */
  names: number[];
  /** Places most quoted first, ascending, as gaps. */
  quotes: number[];
}

/** People per find file: about 30 kB gzipped, whatever the library's size. */
export const FIND_FILE_ENTRIES = 2000;

/** `data/speakers/find-<n>-<hash>.json`: the people with a word of their name under a prefix. */
export interface SpeakersFindFile {
  version: 1;
  /** A–Z (by `namePlace`). */
  entries: SpeakerFindEntry[];
}

/** One person as their page needs them: counts, longest name, every article quoting them. */
export interface SpeakerRecord {
  name: string;
  quotes: number;
  articles: number;
  fullName?: string;
  /** Ids of the articles quoting them, newest first: the first `SPEAKER_IDS_INLINE` of them. */
  ids: string[];
  /** When they are quoted in more articles: the file under `speakers/` with every id. */
  allIds?: string;
}

/** Article ids kept in a person's record (one page of theirs); beyond, they have their own file. */
export const SPEAKER_IDS_INLINE = 20;

/** `data/speakers/ids-<hash>.json`: every article quoting one person, newest first. */
export interface SpeakerIdsFile {
  version: 1;
  ids: string[];
}

/** `data/speakers/names-<bucket>-<hash>.json`: the people whose names fall in one bucket. */
export interface SpeakerNamesShard {
  version: 1;
  speakers: SpeakerRecord[];
}

/** The bucket of a name among `buckets` (FNV-1a over its UTF-16 code units). */
export function nameBucket(name: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, buckets);
}

/** `data/speakers/<n>-<hash>.json`: consecutive speakers, most quoted first. */
export interface SpeakersShard {
  version: 1;
  speakers: SpeakerCard[];
}

/** What the Speakers page's loader gives: the first speakers, or all of them. */
export interface SpeakersPage {
  /** Set when more speakers than these exist (`total`); the page loads the rest by need. */
  partial?: true;
  total: number;
  letters: string[];
  speakers: SpeakerCard[];
}
