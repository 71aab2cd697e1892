// What the reader route loads: the article and its neighbours in the library for
// previous/next links. The index is optional: without it the article still opens.
import { neighboursInList, type ListFilters } from '../../data/list-context.ts';
import type { DataSource } from '../../data/source.ts';
import type { Article, ArticleSummary } from '../../data/types.ts';

export interface ArticleLink {
  id: string;
  title: string;
  /** Language of the title. */
  lang: string;
}

export interface ReaderData {
  article: Article;
  /** The article before this one in the library (newer), if any. */
  previous: ArticleLink | null;
  /** The article after this one in the library (older), if any. */
  next: ArticleLink | null;
  /**
   * The library view the neighbours come from, when the article was opened from one in this
   * tab (its sort, filters and search); null: the whole library, newest first.
   */
  within: ListFilters | null;
}

const toLink = (summary: ArticleSummary | undefined): ArticleLink | null =>
  summary === undefined ? null : { id: summary.id, title: summary.title, lang: summary.lang };

/** The reader's data, or null when there is no article with this id. */
export async function loadReaderData(
  source: DataSource,
  id: string,
  signal?: AbortSignal,
): Promise<ReaderData | null> {
  const [article, index] = await Promise.all([
    source.article(id, signal),
    source.index(signal).catch(() => null),
  ]);
  if (article === null) return null;
  const list = index?.articles ?? [];
  // In the browser, the list the article was opened from (see list-context.ts).
  const fromList = neighboursInList(id);
  if (fromList !== null && list.length > 0) {
    const wanted = new Set([fromList.previous, fromList.next]);
    const found = new Map(list.filter((a) => wanted.has(a.id)).map((a) => [a.id, a]));
    return {
      article,
      previous: fromList.previous === null ? null : toLink(found.get(fromList.previous)),
      next: fromList.next === null ? null : toLink(found.get(fromList.next)),
      within: fromList.list.filters,
    };
  }
  const at = list.findIndex((summary) => summary.id === id);
  return {
    article,
    previous: at > 0 ? toLink(list[at - 1]) : null,
    next: at >= 0 ? toLink(list[at + 1]) : null,
    within: null,
  };
}
