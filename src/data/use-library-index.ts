import { useEffect, useRef } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import type { LibraryIndex } from './types.ts';

/** Times the whole index is asked for again after a navigation cancelled the request. */
const MAX_RETRIES = 3;
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
  // Typing a search or changing a filter is a navigation, which cancels a revalidation in
  // flight and does not load the index itself (see the route's shouldRevalidate): once the
  // router is idle again with the index still partial, ask again. The download is shared
  // (loadLibraryIndex), so asking again costs nothing; a few times at most, never a loop.
  const retries = useRef(0);
  useEffect(() => {
    if (!partial || !requested.current || revalidator.state !== 'idle') return;
    if (retries.current >= MAX_RETRIES) return;
    retries.current++;
    void revalidator.revalidate();
  }, [partial, revalidator]);
  return index;
}
