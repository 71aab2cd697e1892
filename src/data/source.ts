// Where route loaders get data: over HTTP in the browser, from memory when prerendering.
import {
  fetchArticle,
  fetchIndex,
  fetchListFacet,
  fetchListManifest,
  fetchListShard,
  fetchSpeakersFile,
  fetchSpeakersManifest,
  NotFoundError,
} from './api.ts';
import type {
  SpeakerCard,
  SpeakerIdsFile,
  SpeakersCrowdFile,
  SpeakersFindFile,
  SpeakersLetterFile,
  SpeakerNamesShard,
  SpeakersManifest,
  SpeakersShard,
} from '../config/speakers.ts';
import type { Article, LibraryIndex } from './types.ts';
import type { ListFacet, ListManifest, ListShard } from '../config/list.ts';

export interface DataSource {
  /** The whole index (when the source has no `list`, or nothing else will do). */
  index: (signal?: AbortSignal) => Promise<LibraryIndex>;
  /**
   * The index in shards, when the source serves it that way (HTTP): the list then loads the
   * shards the reader reaches instead of the whole index (see data/list-store.ts).
   */
  list?: {
    manifest: () => Promise<ListManifest>;
    shard: (file: string) => Promise<ListShard>;
    /** A facet file the manifest names; without it, filters load every shard. */
    facet?: (file: string) => Promise<ListFacet>;
  };
  /** Everyone quoted, in shards (HTTP); see data/speakers-store.ts. */
  speakers?: {
    manifest: () => Promise<SpeakersManifest>;
    shard: (file: string) => Promise<SpeakersShard>;
    /** A bucket of people by name, for one person's page. */
    names: (file: string) => Promise<SpeakerNamesShard>;
    /** Every article id of a person quoted too often to fit their record. */
    ids: (file: string) => Promise<SpeakerIdsFile>;
    /** The people under a range of name prefixes (a name by need). */
    find?: (file: string) => Promise<SpeakersFindFile>;
    /** Where the names filed under a letter are, most quoted first (a letter by need). */
    letter?: (file: string) => Promise<SpeakersLetterFile>;
    /** Where everyone a crowded word finds is (a name by need). */
    crowd?: (file: string) => Promise<SpeakersCrowdFile>;
  };
  /** Everyone quoted, from a source holding the whole library in memory (prerendering). */
  speakerCards?: () => Promise<SpeakerCard[]>;
  /** The article, or null when there is none with this id. */
  article: (id: string, signal?: AbortSignal) => Promise<Article | null>;
}

export const httpSource: DataSource = {
  index: fetchIndex,
  list: {
    manifest: () => fetchListManifest(),
    shard: (file) => fetchListShard(file),
    facet: fetchListFacet,
  },
  speakers: {
    manifest: fetchSpeakersManifest,
    shard: fetchSpeakersFile,
    names: fetchSpeakersFile,
    ids: fetchSpeakersFile,
    find: fetchSpeakersFile,
    letter: fetchSpeakersFile,
    crowd: fetchSpeakersFile,
  },
  article: async (id, signal) => {
    try {
      return await fetchArticle(id, signal);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  },
};

/** A source over data already in memory (prerendering, tests). */
export function memorySource(
  index: LibraryIndex,
  articles: readonly Article[],
  speakers?: readonly SpeakerCard[],
): DataSource {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    ...(speakers === undefined ? {} : { speakerCards: () => Promise.resolve([...speakers]) }),
    index: () => Promise.resolve(index),
    article: (id) => Promise.resolve(byId.get(id) ?? null),
  };
}

/** `create` made once per data source, then kept (the app has one source; tests their own). */
export function onePerSource<T>(create: (source: DataSource) => T): (source: DataSource) => T {
  const made = new WeakMap<DataSource, T>();
  return (source) => {
    let value = made.get(source);
    if (value === undefined) {
      value = create(source);
      made.set(source, value);
    }
    return value;
  };
}
