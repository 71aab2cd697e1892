// Decoding the list's facet files (see ListFacet in config/list.ts): loaded with the first
// facet a view needs, so the library's first page carries none of it.
import type { ListFacet } from '../config/list.ts';
import type { Facets } from './list-store.ts';

/** Ascending places from gaps (see ListFacet). */
export function fromGaps(gaps: readonly number[]): number[] {
  const places = new Array<number>(gaps.length);
  let place = 0;
  for (let i = 0; i < gaps.length; i++) {
    place += gaps[i] ?? 0;
    places[i] = place;
  }
  return places;
}

/** Decodes a facet file into `facets` (places from gaps). */
export function addFacet(facets: Facets, facet: ListFacet): void {
  switch (facet.kind) {
    case 'speakers':
      facets.speakers = facet.values.map(([name, gaps, quotes, fullName]) => {
        const places = fromGaps(gaps);
        return {
          name,
          places,
          quotes,
          articles: places.length,
          ...(fullName === undefined ? {} : { fullName }),
        };
      });
      return;
    case 'languages':
    case 'outlets':
      facets[facet.kind] = facet.values.map(([value, gaps]) => [value, fromGaps(gaps)] as const);
      return;
    case 'quoted':
      facets.quoted = fromGaps(facet.gaps);
      return;
    case 'shortest':
      facets.shortest = facet.places;
      return;
    case 'ids':
      facets.ids = facet.buckets;
      return;
    case 'places':
    // A bucket of ids, read by the store itself.
  }
}
