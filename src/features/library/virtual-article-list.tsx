import { useRef } from 'react';
import { useSettledRange, useWindowList } from '../../lib/use-window-list.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { ArticleListItem } from './article-list-item.tsx';
import { useReturnFocus } from './return-focus.ts';
import type { ReadState } from '../../data/read-state.ts';

/** Estimated card height in px before it is measured. */
const ESTIMATED_CARD_PX = 190;
/** Cards rendered beyond each edge of the viewport. */
const OVERSCAN = 6;
/**
 * Viewport assumed before the window can be measured (server render and hydration): about
 * 20 cards, so the prerendered page shows a screenful and more.
 */
const INITIAL_RECT = { width: 1024, height: 20 * ESTIMATED_CARD_PX };

export interface ArticleListProps {
  /** The list; an undefined entry is an article still downloading (shown as a placeholder). */
  articles: readonly (ArticleSummary | undefined)[];
  reads: ReadState;
  /** Folded search terms per article id, for highlighting. */
  termsFor: (id: string) => readonly string[];
  /** Accessible name of the list. */
  label: string;
  /** The article to scroll to and focus (back from reading it), if any. */
  focusId?: string | null;
  /**
   * Its row, when the caller knows it before the article has arrived (a list in shards);
   * -1 while unknown. Else the row is looked up among `articles`.
   */
  focusRow?: number | undefined;
  /** Articles in the whole list, when more than `articles` (the rest still loading). */
  setSize?: number;
  /** Told which places of the list are on screen (or about to be), to fetch missing ones. */
  onShow?: (from: number, to: number) => void;
}

/**
 * The cards, virtualised against the page scroll: only those near the viewport are in the
 * DOM, so 10,000 articles cost what 30 do.
 */
export function VirtualArticleList({
  articles,
  reads,
  termsFor,
  label,
  focusId = null,
  focusRow,
  setSize = articles.length,
  onShow,
}: ArticleListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const { virtualizer, scrollMargin } = useWindowList(listRef, {
    count: articles.length,
    estimateSize: ESTIMATED_CARD_PX,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    getItemKey: (i) => articles[i]?.id ?? i,
  });
  const focusIndex =
    focusId === null ? -1 : (focusRow ?? articles.findIndex((a) => a?.id === focusId));
  useReturnFocus(listRef, focusIndex < 0 ? null : focusId, () =>
    virtualizer.scrollToIndex(focusIndex, { align: 'center' }),
  );
  const items = virtualizer.getVirtualItems();
  useSettledRange(items, onShow, articles);
  return (
    <div
      ref={listRef}
      role="list"
      aria-label={label}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const article = articles[item.index];
        return (
          <ArticleListItem
            key={item.key}
            article={article}
            index={item.index}
            total={setSize}
            reads={reads}
            terms={article === undefined ? [] : termsFor(article.id)}
            ref={virtualizer.measureElement}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          />
        );
      })}
    </div>
  );
}
