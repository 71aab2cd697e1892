import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

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

/** How long the rendered range must stay put before it is reported. */
const SETTLE_MS = 120;

/**
 * Tells `onShow` which places of a virtualised list are rendered, once the range has settled:
 * rows flown past in a fling, or counted before the window was measured, are not reported
 * (the lists fetch the data of missing rows from it). `list` re-reports when the data changes.
 */
export function useSettledRange(
  items: readonly { index: number }[],
  onShow: ((from: number, to: number) => void) | undefined,
  list: unknown,
): void {
  const from = items[0]?.index ?? 0;
  const to = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (to < from || onShow === undefined) return;
    const timer = setTimeout(() => onShow(from, to), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [from, to, onShow, list]);
}
