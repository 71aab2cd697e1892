// Instant search over what the list already has (titles, speakers, excerpts) while the
// full-text index loads, or when it cannot be loaded (offline before it was cached).
import type { ArticleSummary } from '../../data/types.ts';
import type { SearchHit } from './library-view.ts';
import { foldText, WORD_SEPARATOR } from '../../lib/normalise.ts';

const haystacks = new WeakMap<readonly ArticleSummary[], string[]>();

function haystacksOf(articles: readonly ArticleSummary[]): string[] {
  let folded = haystacks.get(articles);
  if (folded === undefined) {
    folded = articles.map((a) =>
      foldText(
        `${a.title}\n${a.speakers.map(([name]) => name).join('\n')}\n${a.outlet ?? ''}\n${a.excerpt}`,
      ),
    );
    haystacks.set(articles, folded);
  }
  return folded;
}

/** Articles containing every word of the query, in list order. */
export function fallbackSearch(articles: readonly ArticleSummary[], query: string): SearchHit[] {
  const terms = foldText(query)
    .split(WORD_SEPARATOR)
    .filter((term) => term.length > 0);
  if (terms.length === 0) return [];
  const texts = haystacksOf(articles);
  const hits: SearchHit[] = [];
  articles.forEach((article, i) => {
    const text = texts[i] ?? '';
    if (terms.every((term) => text.includes(term))) hits.push({ id: article.id, terms });
  });
  return hits;
}
