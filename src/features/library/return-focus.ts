import { useEffect, type RefObject } from 'react';
import { returned } from '../../data/list-context.ts';
import { ARTICLE_ID_ATTRIBUTE } from './article-card.tsx';

/**
 * Frames (about three seconds) to wait for the card to be rendered: after scrolling a
 * virtualised list to it, and in a list in shards until its shard has arrived.
 */
const FRAMES = 180;

const linkFor = (list: HTMLElement | null, id: string): HTMLElement | null =>
  list?.querySelector<HTMLElement>(`a[${ARTICLE_ID_ATTRIBUTE}="${CSS.escape(id)}"]`) ?? null;

function focusLink(link: HTMLElement): void {
  // jsdom has no layout and no scrollIntoView.
  if ('scrollIntoView' in link) link.scrollIntoView({ block: 'center' });
  link.focus({ preventScroll: true });
  returned();
}

/**
 * Back in the library from an article: the article's card is scrolled to the middle of the
 * window and its link focused, so the reader goes on where they left the list. `scrollTo`
 * brings a card of a virtualised list into the DOM first.
 */
export function useReturnFocus(
  list: RefObject<HTMLElement | null>,
  id: string | null,
  scrollTo?: () => void,
): void {
  useEffect(() => {
    if (id === null) return;
    const link = linkFor(list.current, id);
    if (link !== null) {
      focusLink(link);
      return;
    }
    scrollTo?.();
    let frames = 0;
    let frame = 0;
    const wait = (): void => {
      const found = linkFor(list.current, id);
      if (found !== null) focusLink(found);
      else if (++frames < FRAMES) frame = requestAnimationFrame(wait);
    };
    frame = requestAnimationFrame(wait);
    return () => cancelAnimationFrame(frame);
    // Once per arrival: the list re-rendering as it is measured must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
