// The full-text search index, built once at build time and loaded by the browser only when
// someone searches: MiniSearch's own JSON over titles, speakers and bodies.
import MiniSearch from 'minisearch';
import type { Article } from '../data/types.ts';
import { SEARCH_OPTIONS, type SearchDocument } from '../config/search.ts';

/** Where the app finds the index, relative to the data folder. */
export const SEARCH_INDEX_FILE = 'search.json';

function toDocument(article: Article): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    speakers: article.speakers.map((s) => [s.name, s.fullName ?? ''].join(' ')).join('\n'),
    source: [article.outlet ?? '', article.author ?? ''].join('\n'),
    body: article.paragraphs.map((p) => p.text).join('\n'),
  };
}

/** The serialised index (MiniSearch JSON) for these articles. */
export function buildSearchIndex(articles: readonly Article[]): string {
  const search = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  search.addAll(articles.map(toDocument));
  return JSON.stringify(search);
}
