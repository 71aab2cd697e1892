// The library index as the list needs it: loaded once per visit, with lookups and sort
// orders derived once, so returning from an article or changing a filter costs nothing.
import type { ArticleSummary, LibraryIndex } from '../../data/types.ts';
import { speakerStats, type SpeakerStat } from '../../data/speaker-stats.ts';
import { computeSortOrders, type SortOrders } from './library-view.ts';

export type { SpeakerStat };

export { INDEX_READY_MARK } from '../../data/list-store.ts';

export interface LibraryData {
  index: LibraryIndex;
  byId: ReadonlyMap<string, ArticleSummary>;
  orders: SortOrders;
  /** Languages with their article counts, most articles first. */
  languages: readonly [lang: string, articles: number][];
  /** Outlets the articles name, with their article counts, most articles first. */
  outlets: readonly [outlet: string, articles: number][];
  /** Everyone quoted, most quotes first. */
  speakers: readonly SpeakerStat[];
}

/** What the filter panel offers (LibraryData fits; so does a list still in shards). */
export interface FilterChoices {
  languages: LibraryData['languages'];
  outlets: LibraryData['outlets'];
  /** Null while everyone quoted is still downloading (the speaker field asks for them). */
  speakers: LibraryData['speakers'] | null;
}

function countLanguages(articles: readonly ArticleSummary[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.lang, (counts.get(article.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function countOutlets(articles: readonly ArticleSummary[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { outlet } of articles)
    if (outlet !== undefined) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const derived = new WeakMap<LibraryIndex, LibraryData>();

/** A value computed on first read, then kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * Lookups, orders and counts for an index, computed once per index object. The counts feed
 * only the "Filter and sort" panel, so they are computed when it first opens, not while the
 * list is being shown.
 */
export function deriveLibraryData(index: LibraryIndex): LibraryData {
  let data = derived.get(index);
  if (data === undefined) {
    const languages = once(() => countLanguages(index.articles));
    const outlets = once(() => countOutlets(index.articles));
    data = {
      index,
      byId: new Map(index.articles.map((a) => [a.id, a])),
      orders: computeSortOrders(index.articles),
      get languages() {
        return languages();
      },
      get outlets() {
        return outlets();
      },
      get speakers() {
        return speakerStats(index);
      },
    };
    derived.set(index, data);
  }
  return data;
}
