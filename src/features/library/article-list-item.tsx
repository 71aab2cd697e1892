import type { CSSProperties, Ref } from 'react';
import type { ReadState } from '../../data/read-state.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { ArticleCard } from './article-card.tsx';

interface ArticleListItemProps {
  article: ArticleSummary;
  /** Position in the whole list (0-based), announced as "n of total". */
  index: number;
  total: number;
  reads: ReadState;
  terms: readonly string[];
  /** Set by the virtualiser to measure and place the row. */
  ref?: Ref<HTMLDivElement>;
  className?: string;
  style?: CSSProperties;
}

/** One row of the article list, plain or virtualised. */
export function ArticleListItem({
  article,
  index,
  total,
  reads,
  terms,
  ref,
  className,
  style,
}: ArticleListItemProps) {
  return (
    <div
      ref={ref}
      role="listitem"
      aria-setsize={total}
      aria-posinset={index + 1}
      data-index={index}
      {...(className !== undefined ? { className } : {})}
      {...(style !== undefined ? { style } : {})}
    >
      <ArticleCard article={article} progress={reads[article.id]} terms={terms} />
    </div>
  );
}
