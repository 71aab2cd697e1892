// The search engine proper: MiniSearch over the index the build wrote. Runs in the search
// worker, or on the main thread where workers are missing (tests, very old browsers).
import MiniSearch from 'minisearch';
import { QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from '../../config/search.ts';
import type { SearchHit } from './library-view.ts';

export interface SearchEngine {
  /** Matching articles, best first, with the index terms each matched. */
  search: (query: string) => SearchHit[];
}

export function createSearchEngine(json: string): SearchEngine {
  const index = MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
  return {
    search: (query) =>
      index.search(query, QUERY_OPTIONS).map((result) => ({
        id: String(result.id),
        terms: result.terms,
      })),
  };
}

export async function fetchSearchEngine(url: string): Promise<SearchEngine> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return createSearchEngine(await response.text());
}
