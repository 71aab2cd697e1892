import { lazy, Suspense, useRef } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { ArticleListItem } from './article-list-item.tsx';
import { useReturnFocus } from './return-focus.ts';
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

function PlainArticleList({
  articles,
  reads,
  termsFor,
  label,
  focusId,
  setSize = articles.length,
}: ArticleListProps) {
  const shown = articles.slice(0, PLAIN_LIST_MAX);
  const list = useRef<HTMLDivElement>(null);
  useReturnFocus(list, focusId ?? null);
  return (
    <div ref={list} role="list" aria-label={label}>
      {shown.map((article, i) => (
        <ArticleListItem
          key={article.id}
          article={article}
          index={i}
          total={setSize}
          reads={reads}
          terms={termsFor(article.id)}
        />
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
