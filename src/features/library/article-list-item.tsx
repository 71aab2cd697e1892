import type { CSSProperties, Ref } from 'react';
import type { ReadState } from '../../data/read-state.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ArticleCard } from './article-card.tsx';

interface ArticleListItemProps {
  /** Undefined while its part of the list is still downloading: a placeholder row. */
  article: ArticleSummary | undefined;
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

/** A row whose article has not arrived: about a card's height, announced as loading. */
function RowPlaceholder() {
  const { t } = useI18n();
  return (
    <div aria-busy="true" className="border-b border-[var(--rule)] py-4">
      <p className="text-sm text-[var(--muted-fg)]">{t('library.loadingRow')}</p>
      <div className="mt-2 h-5 w-3/4 rounded bg-[var(--rule)]" aria-hidden="true" />
      <div className="mt-3 h-16 rounded bg-[var(--rule)] opacity-50" aria-hidden="true" />
    </div>
  );
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
      {article === undefined ? (
        <RowPlaceholder />
      ) : (
        <ArticleCard article={article} progress={reads[article.id]} terms={terms} />
      )}
    </div>
  );
}
