import { lazy, Suspense } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { ArticleCard } from './article-card.tsx';
import type { ArticleListProps } from './virtual-article-list.tsx';

/**
 * Up to this many cards are a plain list. Longer lists are virtualised; the virtualiser is
 * loaded only then (it is not needed for the first screen), and until it arrives — and in
 * the prerendered page — the first cards are shown as a plain list.
 */
const PLAIN_LIST_MAX = 40;

const VirtualArticleList = lazy(() =>
  import('./virtual-article-list.tsx').then((m) => ({ default: m.VirtualArticleList })),
);

function PlainArticleList({ articles, reads, termsFor, label }: ArticleListProps) {
  const shown = articles.slice(0, PLAIN_LIST_MAX);
  return (
    <div role="list" aria-label={label}>
      {shown.map((article, i) => (
        <div key={article.id} role="listitem" aria-setsize={articles.length} aria-posinset={i + 1}>
          <ArticleCard
            article={article}
            progress={reads[article.id]}
            terms={termsFor(article.id)}
          />
        </div>
      ))}
    </div>
  );
}

/** The cards: a plain list when short, virtualised against the page scroll when long. */
export function ArticleList(props: ArticleListProps) {
  const hydrated = useHydrated();
  if (props.articles.length <= PLAIN_LIST_MAX || !hydrated) return <PlainArticleList {...props} />;
  return (
    <Suspense fallback={<PlainArticleList {...props} />}>
      <VirtualArticleList {...props} />
    </Suspense>
  );
}
