// The library's articles as far as they have arrived. A large library's list comes in shards
// of consecutive summaries (build: src/build/list-files.ts): the first screen needs one, each
// screen further down the shard it reaches, and only views that need every article at once
// (filters, sorting by length, the speakers pages) load them all — in parallel, and each shard
// is cached on its own, so a library that gained one article downloads one shard again.
import type { FacetKind, ListManifest } from '../config/list.ts';
import { nameBucket } from '../config/speakers.ts';
import { onePerSource, type DataSource } from './source.ts';
import type { SpeakerStat } from './speaker-stats.ts';
import type { ArticleSummary, LibraryIndex } from './types.ts';

/** Performance mark set when the list's first data has arrived (read by the library benchmark). */
export const INDEX_READY_MARK = 'baca:index-ready';

export interface ListStore {
  /** Changes whenever more articles have arrived (for useSyncExternalStore). */
  version: () => number;
  subscribe: (listener: () => void) => () => void;
  /** Articles in the library, once known (the prerendered page or the manifest says). */
  total: () => number | null;
  /** Dated articles (they come first in index order), once the manifest has arrived. */
  dated: () => number | null;
  /** The manifest's check (first and last id), to match search results to this list. */
  check: () => string | null;
  /** The articles that have arrived, by id. */
  byId: () => ReadonlyMap<string, ArticleSummary>;
  /** The article at a place in index order, if it has arrived. */
  at: (doc: number) => ArticleSummary | undefined;
  /** Fetches the shards holding these places in index order (no-op for those loaded). */
  need: (docs: Iterable<number>) => void;
  /** Fetches the manifest (total, dated count, check) if it has not arrived. */
  manifest: () => void;
  /** Takes in the articles a page arrived with (the first ones of the index). */
  seed: (index: LibraryIndex) => void;
  /** The first shard: enough for the library's first screen (partial when there is more). */
  first: () => Promise<LibraryIndex>;
  /** The whole index. */
  all: () => Promise<LibraryIndex>;
  /** The whole index if it has arrived, else null. */
  whole: () => LibraryIndex | null;
  /**
   * Whether the list has facet files (true), has none (false: filters need every shard), or
   * is not known yet (null: the manifest has not arrived).
   */
  hasFacets: () => boolean | null;
  /**
   * The facets of these kinds once all have arrived, else null after asking for them (the
   * store changes when they arrive).
   */
  facets: (kinds: readonly FacetKind[]) => Facets | null;
  /**
   * The places in index order of the articles with these ids (those in the library), once
   * known, else null after asking: arrived rows say where they are, the `ids` facet's
   * buckets where the others are. False when they cannot be known (a list without the ids
   * facet, or a bucket that failed to load, offline): the caller then needs every shard.
   */
  placesOf: (ids: readonly string[]) => ReadonlySet<number> | null | false;
}

/**
 * A facet file decoded (see ListFacet): places in index order, ascending, per language or
 * outlet (most articles first); of the articles with quotes; every place shortest first.
 */
export interface Facets {
  languages?: readonly (readonly [string, readonly number[]])[];
  outlets?: readonly (readonly [string, readonly number[]])[];
  /** Everyone quoted, most quotes first, with the places of the articles quoting them. */
  speakers?: readonly FacetSpeaker[];
  quoted?: readonly number[];
  shortest?: readonly number[];
  /** The files of the ids facet, by bucket. */
  ids?: readonly string[];
}

/** A person quoted, as the filter panel lists them, and the places of their articles. */
export interface FacetSpeaker extends SpeakerStat {
  places: readonly number[];
}

/** Articles the list's first data should hold at least (a few screens). */
const FIRST_ROWS = 100;

/** The one store per data source. */
export const listStore = onePerSource(createListStore);

function markIndexReady(): void {
  if (typeof performance !== 'undefined') performance.mark(INDEX_READY_MARK);
}

/** Shares one promise per key; a failed one is forgotten so the next call tries again. */
function memo<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (promise === undefined) {
    promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

function createListStore(source: DataSource): ListStore {
  const listeners = new Set<() => void>();
  let version = 0;
  let rows: (ArticleSummary | undefined)[] = [];
  let total: number | null = null;
  let manifest: ListManifest | null = null;
  let whole: LibraryIndex | null = null;
  const loads = new Map<string, Promise<unknown>>();
  const seeded = new WeakSet<LibraryIndex>();
  const byId = new Map<string, ArticleSummary>();
  const facets: Facets = {};
  /** Where articles are by id (-1: not in this library), from rows and the ids facet. */
  const placeById = new Map<string, number>();
  let placesUnknowable = false;
  const take = (doc: number, article: ArticleSummary): void => {
    rows[doc] = article;
    byId.set(article.id, article);
    placeById.set(article.id, doc);
  };

  const changed = (): void => {
    version++;
    for (const listener of listeners) listener();
  };

  const put = (from: number, articles: readonly ArticleSummary[]): void => {
    let added = false;
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i];
      if (rows[from + i] === undefined && article !== undefined) {
        take(from + i, article);
        added = true;
      }
    }
    if (added) changed();
  };

  const setWhole = (index: LibraryIndex): LibraryIndex => {
    whole = index;
    total = index.articles.length;
    rows = [];
    index.articles.forEach((article, doc) => take(doc, article));
    markIndexReady();
    changed();
    return index;
  };

  /** The whole index from a source without shards (a trimmed one, when prerendering, stays as it is). */
  const adopt = (index: LibraryIndex): LibraryIndex =>
    index.partial === true ? index : setWhole(index);

  const getManifest = (): Promise<ListManifest> =>
    memo(loads as Map<string, Promise<ListManifest>>, 'manifest', async () => {
      const list = source.list;
      if (list === undefined) throw new Error('this data source has no list shards');
      const loaded = await list.manifest();
      manifest = loaded;
      if (total !== loaded.total) {
        // Another build than the page's: what arrived before belongs to another order.
        rows = [];
        byId.clear();
        placeById.clear();
        total = loaded.total;
      }
      return loaded;
    });

  const loadShard = (shard: ListManifest['shards'][number]): Promise<void> =>
    memo(loads as Map<string, Promise<void>>, shard[2], async () => {
      const list = source.list;
      if (list === undefined) return;
      const loaded = await list.shard(shard[2]);
      put(shard[0], loaded.articles);
    });

  const loadFacet = (kind: FacetKind): Promise<void> =>
    memo(loads as Map<string, Promise<void>>, `facet:${kind}`, async () => {
      const m = await getManifest();
      const file = m.facets?.[kind];
      const fetchFacet = source.list?.facet;
      if (file === undefined || fetchFacet === undefined) return;
      // Decoding loads with the first facet: most visits never filter.
      const [facet, { addFacet }] = await Promise.all([
        fetchFacet(file),
        import('./list-facets.ts'),
      ]);
      addFacet(facets, facet);
      changed();
    });

  /** Where the articles with these ids are, from the ids facet's buckets (-1: not here). */
  const loadPlaces = (ids: readonly string[]): Promise<void> =>
    memo(loads as Map<string, Promise<void>>, `places:${ids.join(' ')}`, async () => {
      await loadFacet('ids');
      const buckets = facets.ids ?? [];
      if (buckets.length === 0) throw new Error('this list has no ids facet');
      const files = new Set(ids.map((id) => buckets[nameBucket(id, buckets.length)] ?? ''));
      await Promise.all(
        [...files].map((file) =>
          memo(loads as Map<string, Promise<void>>, file, async () => {
            const bucket = await source.list?.facet?.(file);
            if (bucket?.kind === 'places')
              for (const [id, doc] of bucket.ids) placeById.set(id, doc);
          }),
        ),
      );
      for (const id of ids) if (!placeById.has(id)) placeById.set(id, -1);
      changed();
    });

  const shardOf = (m: ListManifest, doc: number): ListManifest['shards'][number] | undefined => {
    // Shards are few (100 at 100,000 articles) and in order: a binary search is not worth it.
    for (const shard of m.shards) if (doc < shard[0] + shard[1]) return shard;
    return undefined;
  };

  const assemble = (m: ListManifest): LibraryIndex => {
    const articles: ArticleSummary[] = [];
    for (let doc = 0; doc < m.total; doc++) {
      const article = rows[doc];
      if (article !== undefined) articles.push(article);
    }
    return { version: 1, articles };
  };

  return {
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    total: () => total,
    dated: () => manifest?.dated ?? null,
    check: () => manifest?.check ?? null,
    byId: () => byId,
    at: (doc) => rows[doc],
    need: (docs) => {
      if (whole !== null || source.list === undefined) return;
      const missing: number[] = [];
      for (const doc of docs) if (rows[doc] === undefined && doc >= 0) missing.push(doc);
      if (missing.length === 0) return;
      void getManifest()
        .then((m) => {
          const shards = new Set(missing.map((doc) => shardOf(m, doc)));
          return Promise.all(
            [...shards].flatMap((shard) => (shard === undefined ? [] : [loadShard(shard)])),
          );
        })
        // Offline or a failed file: the rows stay placeholders; the next scroll asks again.
        .catch(() => undefined);
    },
    // Silent: the caller renders what it seeded, and listeners must not run during a render.
    seed: (index) => {
      if (whole !== null || seeded.has(index)) return;
      seeded.add(index);
      if (index.partial !== true) {
        whole = index;
        total = index.articles.length;
        rows = [];
      } else total ??= index.total ?? index.articles.length;
      index.articles.forEach((article, doc) => {
        if (rows[doc] === undefined) take(doc, article);
      });
      version++;
    },
    manifest: () => {
      if (source.list === undefined || manifest !== null) return;
      getManifest().then(changed, () => undefined);
    },
    first: async () => {
      if (whole !== null) return whole;
      if (source.list === undefined) return adopt(await source.index());
      const m = await getManifest();
      // Shards are counted from the oldest article, so the newest may hold only a few: the
      // first screen then takes the next one too.
      const opening = m.shards.slice(0, (m.shards[0]?.[1] ?? 0) < FIRST_ROWS ? 2 : 1);
      await Promise.all(opening.map(loadShard));
      if (m.shards.length <= opening.length) return setWhole(assemble(m));
      markIndexReady();
      const rowsIn = opening.reduce((sum, [, count]) => sum + count, 0);
      const articles = rows.slice(0, rowsIn).filter((a) => a !== undefined);
      return { version: 1, partial: true, total: m.total, articles };
    },
    all: () =>
      memo(loads as Map<string, Promise<LibraryIndex>>, 'all', async () => {
        if (whole !== null) return whole;
        if (source.list === undefined) return adopt(await source.index());
        const m = await getManifest();
        await Promise.all(m.shards.map(loadShard));
        return setWhole(assemble(m));
      }),
    whole: () => whole,
    hasFacets: () =>
      manifest === null ? null : manifest.facets !== undefined && source.list?.facet !== undefined,
    facets: (kinds) => {
      if (source.list === undefined) return null;
      const missing = kinds.filter((kind) => facets[kind] === undefined);
      if (missing.length === 0) return facets;
      // Offline or a failed file: the view waits; the next render asks again.
      for (const kind of missing) loadFacet(kind).catch(() => undefined);
      return null;
    },
    placesOf: (ids) => {
      const unknown = ids.filter((id) => !placeById.has(id));
      if (unknown.length === 0) return new Set(ids.map((id) => placeById.get(id) ?? -1));
      if (placesUnknowable) return false;
      loadPlaces(unknown).catch(() => {
        placesUnknowable = true;
        changed();
      });
      return null;
    },
  };
}
