import { useEffect, useRef, type RefObject } from 'react';
import { readProgress, saveProgress } from '../../data/read-state.ts';

/** Saved positions this close to the start or the end open the article at the top instead. */
const RESUME_MARGIN = 0.01;
const SAVE_DELAY_MS = 400;

const scrollable = (): number => document.documentElement.scrollHeight - window.innerHeight;

function currentFraction(): number {
  const max = scrollable();
  return max <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / max));
}

/**
 * Opens the article where the reader left it (or at the top), keeps the thin progress bar in
 * step with scrolling, and saves the position shortly after scrolling stops and on leaving.
 * Returns the ref for the bar's filling.
 */
export function useReadingProgress(articleId: string): RefObject<HTMLDivElement | null> {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const saved = readProgress(articleId);
    const resume =
      saved !== null && saved > RESUME_MARGIN && saved < 1 - RESUME_MARGIN && location.hash === '';
    const top = resume ? Math.round(saved * scrollable()) : 0;
    if (Math.round(window.scrollY) !== top) window.scrollTo({ top, behavior: 'instant' });

    let last = currentFraction();
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = (): void => saveProgress(articleId, last);
    const update = (): void => {
      frame = 0;
      last = currentFraction();
      if (bar.current !== null) bar.current.style.transform = `scaleX(${last})`;
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('pagehide', save);
      cancelAnimationFrame(frame);
      // Only save if a save was pending: `last` was measured on this article's page.
      if (timer !== undefined) save();
      clearTimeout(timer);
    };
  }, [articleId]);
  return bar;
}
