// The library index cut into shards of consecutive summaries, so the browser fetches the part
// of the list the reader scrolls to instead of the whole index (megabytes at 100,000 articles).
import { createHash } from 'node:crypto';
import { checkOf } from '../config/search.ts';
import { nameBucket } from '../config/speakers.ts';
import {
  FACET_KINDS,
  IDS_PER_BUCKET,
  LIST_DIR,
  LIST_MANIFEST,
  toGaps,
  type FacetKind,
  type ListFacet,
  type ListManifest,
  type ListShard,
} from '../config/list.ts';
import { countSpeakers } from '../data/speaker-stats.ts';
import type { ArticleSummary, LibraryIndex } from '../data/types.ts';

/** Summaries per shard: ~30–140 kB gzipped, a few screens of scrolling each. */
export const LIST_SHARD_ARTICLES = 1000;

/**
 * The manifest and shard files, keyed by their path under the data folder. Shards are counted
 * from the oldest article, so a new article (the newest, at the front of the index) changes
 * only the first shard: the others keep their content-hashed names and stay cached.
 */
export function buildListFiles(
  index: LibraryIndex,
  shardArticles = LIST_SHARD_ARTICLES,
): Map<string, string> {
  const { articles } = index;
  const files = new Map<string, string>();
  const shards: ListManifest['shards'] = [];
  const first = articles.length % shardArticles || shardArticles;
  for (let from = 0; from < articles.length;) {
    const count = from === 0 ? first : shardArticles;
    const shard: ListShard = { version: 1, articles: articles.slice(from, from + count) };
    const json = JSON.stringify(shard);
    const file = `${articles.length - from}-${hashOf(json)}.json`;
    files.set(`${LIST_DIR}/${file}`, json);
    shards.push([from, shard.articles.length, file]);
    from += count;
  }
  const facets = {} as Record<FacetKind, string>;
  for (const kind of FACET_KINDS) {
    const json = JSON.stringify(
      kind === 'ids'
        ? { version: 1, kind, buckets: idBuckets(articles, files) }
        : buildFacet(articles, kind),
    );
    const file = `facet-${kind}-${hashOf(json)}.json`;
    files.set(`${LIST_DIR}/${file}`, json);
    facets[kind] = file;
  }
  const manifest: ListManifest = {
    version: 1,
    total: articles.length,
    dated: articles.filter((a) => a.published !== undefined).length,
    shards,
    check: checkOf(articles.map((a) => a.id)),
    facets,
  };
  files.set(LIST_MANIFEST, JSON.stringify(manifest));
  return files;
}

/** Writes the `places` files of the ids facet into `files`; their names, by bucket. */
function idBuckets(articles: readonly ArticleSummary[], files: Map<string, string>): string[] {
  const count = Math.max(1, Math.ceil(articles.length / IDS_PER_BUCKET));
  const buckets = Array.from({ length: count }, (): [string, number][] => []);
  articles.forEach(({ id }, place) => buckets[nameBucket(id, count)]?.push([id, place]));
  return buckets.map((ids, bucket) => {
    const json = JSON.stringify({ version: 1, kind: 'places', ids } satisfies ListFacet);
    const file = `ids-${bucket}-${hashOf(json)}.json`;
    files.set(`${LIST_DIR}/${file}`, json);
    return file;
  });
}

const hashOf = (json: string): string =>
  createHash('sha256').update(json).digest('hex').slice(0, 10);

/** Places grouped by a value, most articles first (then by value, for stable files). */
function groupPlaces(
  articles: readonly ArticleSummary[],
  valueOf: (article: ArticleSummary) => string | undefined,
): [string, number[]][] {
  const groups = new Map<string, number[]>();
  articles.forEach((article, place) => {
    const value = valueOf(article);
    if (value === undefined || value === '') return;
    const places = groups.get(value);
    if (places === undefined) groups.set(value, [place]);
    else places.push(place);
  });
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([value, places]) => [value, toGaps(places)]);
}

/** One facet file's content (see ListFacet): the same answers the filters give on the whole list. */
export function buildFacet(
  articles: readonly ArticleSummary[],
  kind: Exclude<FacetKind, 'ids'>,
): ListFacet {
  switch (kind) {
    case 'languages':
      return { version: 1, kind, values: groupPlaces(articles, (a) => a.lang) };
    case 'outlets':
      return { version: 1, kind, values: groupPlaces(articles, (a) => a.outlet) };
    case 'speakers': {
      const places = new Map<string, number[]>();
      articles.forEach((article, place) => {
        for (const [name] of article.speakers) {
          const list = places.get(name);
          if (list === undefined) places.set(name, [place]);
          else if (list[list.length - 1] !== place) list.push(place);
        }
      });
      return {
        version: 1,
        kind,
        values: countSpeakers(articles).map(({ name, quotes, fullName }) => {
          const gaps = toGaps(places.get(name) ?? []);
          return fullName === undefined ? [name, gaps, quotes] : [name, gaps, quotes, fullName];
        }),
      };
    }
    case 'quoted': {
      const places: number[] = [];
      articles.forEach((article, place) => {
        if (article.quotes > 0) places.push(place);
      });
      return { version: 1, kind, gaps: toGaps(places) };
    }
    case 'shortest': {
      const places = articles.map((_, place) => place);
      places.sort((a, b) => (articles[a]?.wordCount ?? 0) - (articles[b]?.wordCount ?? 0) || a - b);
      return { version: 1, kind, places };
    }
  }
}
