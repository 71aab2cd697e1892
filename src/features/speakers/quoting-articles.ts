import type { ArticleSummary } from '../../data/types.ts';

/** An article quoting a speaker, with how many of their quotes it holds. */
export interface Quoting {
  article: ArticleSummary;
  quotes: number;
}

/** Up to `limit` articles per speaker, in library order (newest first), in one pass. */
export function groupQuotingArticles(
  articles: readonly ArticleSummary[],
  limit: number,
): Map<string, Quoting[]> {
  const bySpeaker = new Map<string, Quoting[]>();
  for (const article of articles) {
    for (const [name, quotes] of article.speakers) {
      const list = bySpeaker.get(name) ?? [];
      if (list.length < limit) list.push({ article, quotes });
      bySpeaker.set(name, list);
    }
  }
  return bySpeaker;
}
