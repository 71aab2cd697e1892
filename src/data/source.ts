// Where route loaders get data: over HTTP in the browser, from memory when prerendering.
import { fetchArticle, fetchIndex, NotFoundError } from './api.ts';
import type { Article, LibraryIndex } from './types.ts';

export interface DataSource {
  index: (signal?: AbortSignal) => Promise<LibraryIndex>;
  /** The article, or null when there is none with this id. */
  article: (id: string, signal?: AbortSignal) => Promise<Article | null>;
}

export const httpSource: DataSource = {
  index: fetchIndex,
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
export function memorySource(index: LibraryIndex, articles: readonly Article[]): DataSource {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    index: () => Promise.resolve(index),
    article: (id) => Promise.resolve(byId.get(id) ?? null),
  };
}
