import { lazy, Suspense, useEffect, useRef } from 'react';
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
  onShow,
  standIn = false,
}: ArticleListProps & { standIn?: boolean }) {
  const hydrated = useHydrated();
  let shown = articles.slice(0, PLAIN_LIST_MAX);
  // The prerendered page shows the articles it carries, not placeholders for the rest.
  // So does the stand-in shown while the virtualiser loads (`standIn`): it asks for nothing.
  const missing = shown.indexOf(undefined);
  if ((!hydrated || standIn) && missing > 0) shown = shown.slice(0, missing);
  useEffect(() => {
    if (shown.length > 0 && !standIn) onShow?.(0, shown.length - 1);
  }, [shown.length, onShow, standIn]);
  const list = useRef<HTMLDivElement>(null);
  useReturnFocus(list, focusId ?? null);
  return (
    <div ref={list} role="list" aria-label={label}>
      {shown.map((article, i) => (
        <ArticleListItem
          key={article?.id ?? i}
          article={article}
          index={i}
          total={setSize}
          reads={reads}
          terms={article === undefined ? [] : termsFor(article.id)}
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
    <Suspense fallback={<PlainArticleList {...props} standIn />}>
      <VirtualArticleList {...props} />
    </Suspense>
  );
}
