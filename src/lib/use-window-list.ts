import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface WindowListOptions {
  count: number;
  estimateSize: number;
  overscan: number;
  getItemKey: (index: number) => string | number;
  /** Viewport assumed before the window can be measured (server render, hydration). */
  initialRect?: { width: number; height: number };
}

/**
 * A list virtualised against the page scroll, starting where the list element stands on the
 * page (`scrollMargin`), and keeping the window where it was when the list mounts: it often
 * replaces a plain list the reader has already scrolled, and the virtualiser would otherwise
 * scroll to the offset it noted at its first render, possibly 0.
 */
export function useWindowList(
  list: RefObject<HTMLElement | null>,
  { count, estimateSize, overscan, getItemKey, initialRect }: WindowListOptions,
): { virtualizer: Virtualizer<Window, Element>; scrollMargin: number } {
  const [scrollMargin, setScrollMargin] = useState(0);
  const scrollAtMount = useRef(0);
  // Before the virtualiser's own mount effect (effects run in the order they are declared).
  useLayoutEffect(() => {
    scrollAtMount.current = window.scrollY;
    const top = list.current?.getBoundingClientRect().top ?? 0;
    // Layout measured after mount, then rendered once more before paint: the intended use.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setScrollMargin(top + window.scrollY);
  }, [list]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan,
    scrollMargin,
    getItemKey,
    ...(initialRect === undefined ? {} : { initialRect }),
    // Where there is no layout (jsdom), never a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || estimateSize,
  });
  useLayoutEffect(() => {
    if (Math.abs(window.scrollY - scrollAtMount.current) > 1) {
      virtualizer.scrollToOffset(scrollAtMount.current);
    }
    // Once, at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { virtualizer, scrollMargin };
}
