// A filtered or length-sorted view's order from the list's facet files. Loaded with the first
// such view (most visits never filter), so it imports no code: the view's sort and the
// date-order helper (`pageOrder`) come in as arguments.
import type { Facets } from '../../data/list-store.ts';
import type { LibraryQuery, Sort } from './library-query.ts';
import type { pageOrder } from './library-view.ts';

/** The places of a facet's value (ascending); none when the library has no such value. */
const placesOf = (
  values: readonly (readonly [string, readonly number[]])[] | undefined,
  value: string,
): readonly number[] => values?.find(([name]) => name === value)?.[1] ?? [];

/**
 * Places in index order in the order a view shows them, from the facets it needs
 * (see `facetKinds`): the library's or the search's `matches`, kept by the view's filters and
 * put in its order — the same list `selectArticles` gives on the whole index; with the unread
 * filter, without the places in `read`. Null while the order needs the number of dated
 * articles and it is not known.
 */
export function facetOrder(
  query: LibraryQuery,
  sort: Sort,
  total: number,
  dated: number | null,
  facets: Facets,
  matches: readonly number[] | null,
  order: typeof pageOrder,
  read: ReadonlySet<number> | null = null,
): number[] | null {
  const filters: (readonly number[])[] = [];
  if (query.lang !== '') filters.push(placesOf(facets.languages, query.lang));
  if (query.outlet !== '') filters.push(placesOf(facets.outlets, query.outlet));
  if (query.speaker !== '')
    filters.push(facets.speakers?.find(({ name }) => name === query.speaker)?.places ?? []);
  if (query.hasQuotes) filters.push(facets.quoted ?? []);
  const sets = filters.map((places) => new Set(places));
  const inMatches = matches === null ? null : new Set(matches);
  const keep = (doc: number): boolean =>
    (inMatches === null || inMatches.has(doc)) &&
    sets.every((set) => set.has(doc)) &&
    !(query.unread && read !== null && read.has(doc));
  if (sort === 'shortest' || sort === 'longest') {
    const order = facets.shortest ?? [];
    return (sort === 'shortest' ? order : [...order].reverse()).filter(keep);
  }
  if (matches !== null) return order(sort, total, dated, matches.filter(keep));
  if (filters.length === 0) {
    const all = order(sort, total, dated, null);
    return all === null || !query.unread ? all : all.filter(keep);
  }
  // The smallest filter's places, ascending, checked against the others.
  const smallest = filters.reduce((a, b) => (b.length < a.length ? b : a));
  return order(sort, total, dated, smallest.filter(keep));
}
