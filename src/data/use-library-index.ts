import { useEffect, useRef } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import type { LibraryIndex } from './types.ts';

/** What the reader does that may need more of the library than its first articles. */
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'];

/**
 * The library index from the route loader. A prerendered page of a large library embeds
 * only its first articles (`partial`, with the `total`); the loader then runs again over HTTP
 * and brings the whole index — at once, or with `deferFull` only when the reader first does
 * something (scrolls, types, taps, opens a control), so the first screen of a library of
 * 100,000 never waits for megabytes it does not show.
 */
export function useLibraryIndex({ deferFull = false }: { deferFull?: boolean } = {}): LibraryIndex {
  const index = useLoaderData<LibraryIndex>();
  const revalidator = useRevalidator();
  const partial = index.partial === true;
  // Once: the revalidator changes identity while it loads, and a second call would abort
  // the first download.
  const requested = useRef(false);
  useEffect(() => {
    if (!partial || requested.current) return;
    const load = (): void => {
      if (requested.current) return;
      requested.current = true;
      for (const type of INTERACTIONS) window.removeEventListener(type, load, true);
      void revalidator.revalidate();
    };
    if (!deferFull) {
      load();
      return;
    }
    for (const type of INTERACTIONS) {
      window.addEventListener(type, load, { capture: true, passive: true, once: true });
    }
    return () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, load, true);
    };
  }, [partial, deferFull, revalidator]);
  return index;
}
