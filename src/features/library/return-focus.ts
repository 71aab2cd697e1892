import { useEffect, useRef, type RefObject } from 'react';
import { returned } from '../../data/list-context.ts';
import { ARTICLE_ID_ATTRIBUTE } from './article-card.tsx';

/**
 * How long to wait for the card to be rendered: after scrolling a virtualised list to it, and
 * in a list in shards until its shard has arrived (a slow network). The reader doing anything
 * meanwhile ends the wait: focus is never pulled away from what they turned to.
 */
const WAIT_MS = 10_000;
const READER_INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Frames the card is kept in view after it is focused, while the rows around it settle. */
const SETTLE_FRAMES = 30;

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
  // The article gone back to (or given up on): never again, however the list re-renders.
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (id === null || done.current === id) return;
    const link = linkFor(list.current, id);
    if (link !== null) {
      done.current = id;
      focusLink(link);
      return;
    }
    scrollTo?.();
    const until = performance.now() + WAIT_MS;
    let frame = 0;
    const stop = (): void => {
      cancelAnimationFrame(frame);
      for (const type of READER_INPUT) window.removeEventListener(type, giveUp, true);
    };
    // Given up: the target is spent, so a later visit starts at the top as usual.
    const giveUp = (): void => {
      stop();
      done.current = id;
      returned();
    };
    // Once the card is there, its shard's rows are measured for a few frames and the cards
    // above it may change height: it is kept in view until the reader does something.
    let settling = 0;
    const keepInView = (): void => {
      const link = linkFor(list.current, id);
      const box = link?.getBoundingClientRect();
      if (box !== undefined && (box.top < 0 || box.bottom > window.innerHeight))
        link?.scrollIntoView({ block: 'center' });
      if (++settling < SETTLE_FRAMES) frame = requestAnimationFrame(keepInView);
      else stop();
    };
    const wait = (): void => {
      const found = linkFor(list.current, id);
      if (found !== null) {
        done.current = id;
        focusLink(found);
        frame = requestAnimationFrame(keepInView);
      } else if (performance.now() > until) giveUp();
      else frame = requestAnimationFrame(wait);
    };
    for (const type of READER_INPUT) window.addEventListener(type, giveUp, true);
    frame = requestAnimationFrame(wait);
    return stop;
    // Once per arrival: the list re-rendering as it is measured must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
}
