// Which articles the list shows, in which order: pure, so it is cheap to test and to time.
import type { ArticleSummary } from '../../data/types.ts';
import { effectiveSort, type LibraryQuery } from './library-query.ts';
import { isRead, type ReadState } from '../../data/read-state.ts';
import type { SearchResult } from './search-protocol.ts';
import type { FacetKind } from '../../config/list.ts';

/** A search match: the article and the index terms it matched (for highlighting). */
export interface SearchHit {
  id: string;
  terms: readonly string[];
}

/**
 * The search engine's matches as hits on these articles (the whole index, in its order), or
 * null when they cannot be read against them: the index is still partial, or the search index
 * is from another build (a cached one). The caller then searches what it has.
 */
export function hitsOf(
  result: SearchResult | null,
  articles: readonly ArticleSummary[],
  partial: boolean,
): SearchHit[] | null {
  if (result === null || partial) return null;
  // The manifest's `check` (checkOf in config/search.ts, kept out of the first page's bundle).
  if (result.check !== `${articles[0]?.id ?? ''} ${articles.at(-1)?.id ?? ''}`) return null;
  const hits: SearchHit[] = [];
  for (const match of result.matches) {
    const article = articles[match.doc];
    if (article !== undefined) hits.push({ id: article.id, terms: match.terms });
  }
  return hits;
}

type ListSort = 'newest' | 'oldest' | 'shortest' | 'longest';

/**
 * The library in each order, each computed on first use and then kept: sorting 10,000
 * articles on every keystroke is waste, and so is sorting four ways before the first paint.
 */
export interface SortOrders {
  list: (sort: ListSort) => readonly ArticleSummary[];
  /** Position of an article in an order, for sorting search hits. */
  rank: (sort: ListSort) => ReadonlyMap<string, number>;
}

function orderArticles(articles: readonly ArticleSummary[], sort: ListSort): ArticleSummary[] {
  switch (sort) {
    case 'newest':
      return [...articles];
    case 'oldest': {
      // The index is newest first; undated articles stay last either way.
      const dated = articles.filter((a) => a.published !== undefined);
      return dated.reverse().concat(articles.filter((a) => a.published === undefined));
    }
    case 'shortest':
      return [...articles].sort((a, b) => a.wordCount - b.wordCount);
    case 'longest':
      // The shortest-first order reversed (equal lengths oldest first), as the list's facet
      // file gives it to views that page (see facetOrder).
      return orderArticles(articles, 'shortest').reverse();
  }
}

/** `articles` come newest first (the index order). */
export function computeSortOrders(articles: readonly ArticleSummary[]): SortOrders {
  const lists = new Map<ListSort, readonly ArticleSummary[]>([['newest', articles]]);
  const ranks = new Map<ListSort, ReadonlyMap<string, number>>();
  const list = (sort: ListSort): readonly ArticleSummary[] => {
    let ordered = lists.get(sort);
    if (ordered === undefined) {
      ordered = orderArticles(articles, sort);
      lists.set(sort, ordered);
    }
    return ordered;
  };
  return {
    list,
    rank: (sort) => {
      let rank = ranks.get(sort);
      if (rank === undefined) {
        rank = new Map(list(sort).map((a, i) => [a.id, i]));
        ranks.set(sort, rank);
      }
      return rank;
    },
  };
}

function matchesFilters(article: ArticleSummary, query: LibraryQuery, reads: ReadState): boolean {
  if (query.lang !== '' && article.lang !== query.lang) return false;
  if (query.outlet !== '' && article.outlet !== query.outlet) return false;
  if (query.hasQuotes && article.quotes === 0) return false;
  if (query.speaker !== '' && !article.speakers.some(([name]) => name === query.speaker))
    return false;
  if (query.unread && isRead(reads[article.id])) return false;
  return true;
}

/**
 * The list to show. `hits` is the ranked search result (null when not searching): it decides
 * which articles match, and their order when sorting by best match.
 */
export function selectArticles(
  orders: SortOrders,
  byId: ReadonlyMap<string, ArticleSummary>,
  query: LibraryQuery,
  reads: ReadState,
  hits: readonly SearchHit[] | null,
): ArticleSummary[] {
  const sort = effectiveSort(query);
  if (hits === null) {
    const base = orders.list(sort === 'relevance' ? 'newest' : sort);
    return base.filter((a) => matchesFilters(a, query, reads));
  }
  const found: ArticleSummary[] = [];
  for (const hit of hits) {
    const article = byId.get(hit.id);
    if (article !== undefined && matchesFilters(article, query, reads)) found.push(article);
  }
  if (sort === 'relevance') return found;
  const rank = orders.rank(sort);
  const at = (a: ArticleSummary): number => rank.get(a.id) ?? 0;
  return found.sort((a, b) => at(a) - at(b));
}

/** The ids of the articles read through (the unread filter leaves them out). */
export const readIds = (reads: ReadState): string[] =>
  Object.keys(reads).filter((id) => isRead(reads[id]));

/** The facet files a view needs: one per filter, and the order by length (unread: see `placesOf`). */
export function facetKinds(query: LibraryQuery): FacetKind[] {
  const kinds: FacetKind[] = [];
  if (query.lang !== '') kinds.push('languages');
  if (query.outlet !== '') kinds.push('outlets');
  if (query.speaker !== '') kinds.push('speakers');
  if (query.hasQuotes) kinds.push('quoted');
  const sort = effectiveSort(query);
  if (sort === 'shortest' || sort === 'longest') kinds.push('shortest');
  return kinds;
}

/**
 * Places in index order (newest first, undated last) in the order a view shows
 * them: all of them without a search, else the search's matches (their `doc`). Oldest
 * first reverses the dated articles and keeps undated ones last, as `orderArticles` does;
 * it needs the number of dated ones (null: not known yet, nothing can be placed).
 */
export function pageOrder(
  sort: 'newest' | 'oldest' | 'relevance',
  total: number,
  dated: number | null,
  matches: readonly number[] | null,
): number[] | null {
  if (sort === 'oldest' && dated === null) return null;
  const d = dated ?? 0;
  const oldestKey = (doc: number): number => (doc < d ? d - 1 - doc : doc);
  if (matches === null) {
    const docs = Array.from({ length: total }, (_, i) => i);
    return sort === 'oldest' ? docs.map(oldestKey) : docs;
  }
  if (sort === 'relevance') return [...matches];
  const key = sort === 'oldest' ? oldestKey : (doc: number) => doc;
  return [...matches].sort((a, b) => key(a) - key(b));
}
