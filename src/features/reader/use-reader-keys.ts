import { useEffect, useEffectEvent, type RefObject } from 'react';

export interface ReaderKeyHandlers {
  /** +1 larger, -1 smaller, 0 back to the default size. */
  onSize: (steps: number) => void;
  onEscape: () => void;
  /** `r`: read aloud, pause or resume. */
  onReadAloud?: () => void;
}

const KEY_STEPS: Record<string, number> = { '-': -1, _: -1, '+': 1, '=': 1, '0': 0 };

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Keyboard: `-`, `+`/`=`, `0` change the text size, `r` reads aloud (pauses, resumes), `Esc`
 * leaves; never while typing.
 */
export function useReaderKeys(handlers: ReaderKeyHandlers): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    if (event.key === 'Escape') {
      handlers.onEscape();
      return;
    }
    if ((event.key === 'r' || event.key === 'R') && handlers.onReadAloud !== undefined) {
      event.preventDefault();
      handlers.onReadAloud();
      return;
    }
    const steps = KEY_STEPS[event.key];
    if (steps === undefined) return;
    event.preventDefault();
    handlers.onSize(steps);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** Wheel distance (px) that makes one size step, so a trackpad does not race through them. */
const WHEEL_STEP = 50;

/** Ctrl/⌘ + wheel over the element changes the text size instead of zooming the page. */
export function useCtrlWheel(ref: RefObject<HTMLElement | null>, onSize: (steps: number) => void) {
  const onWheel = useEffectEvent((event: WheelEvent, total: { delta: number }) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    total.delta += event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    if (Math.abs(total.delta) < WHEEL_STEP) return;
    onSize(total.delta < 0 ? 1 : -1);
    total.delta = 0;
  });
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const total = { delta: 0 };
    const listener = (event: WheelEvent): void => onWheel(event, total);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, [ref]);
}
