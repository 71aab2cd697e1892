import { useEffect, useEffectEvent } from 'react';
import { isTyping } from '../../lib/is-typing.ts';

export interface ReaderKeyHandlers {
  /** +1 larger, -1 smaller, 0 back to the default size. */
  onSize: (steps: number) => void;
  onEscape: () => void;
  /** `r`: read aloud, pause or resume. */
  onReadAloud?: () => void;
  /** `k` or `←`: the previous article in the list. */
  onPrevious?: () => void;
  /** `j` or `→`: the next article in the list. */
  onNext?: () => void;
}

const KEY_STEPS: Record<string, number> = { '-': -1, _: -1, '+': 1, '=': 1, '0': 0 };

const PREVIOUS_KEYS = new Set(['k', 'K', 'ArrowLeft']);
const NEXT_KEYS = new Set(['j', 'J', 'ArrowRight']);

/**
 * Keyboard: `-`, `+`/`=`, `0` change the text size, `r` reads aloud (pauses, resumes), `j`/`→`
 * and `k`/`←` go to the next and previous article, `Esc` leaves; never while typing.
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
    const turn = PREVIOUS_KEYS.has(event.key)
      ? handlers.onPrevious
      : NEXT_KEYS.has(event.key)
        ? handlers.onNext
        : undefined;
    if (turn !== undefined) {
      event.preventDefault();
      turn();
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
