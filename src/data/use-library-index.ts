import { useEffect, useSyncExternalStore } from 'react';
import { useLoaderData } from 'react-router';
import type { ListStore } from './list-store.ts';
import type { LibraryIndex } from './types.ts';

/** What the reader does that may need more of the library than its first articles. */
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'];

/**
 * The route's index as far as it has arrived: the loader's (or the prerendered page's) first
 * articles, then — when `whole` — every article. With `defer`, the whole index is asked for
 * only when the reader first does something (scrolls, types, taps), so the first screen of a
 * library of 100,000 never waits for megabytes it does not show.
 */
export function useLibraryIndex(
  store: ListStore,
  { whole = true, defer = false }: { whole?: boolean; defer?: boolean } = {},
): LibraryIndex {
  const seed = useLoaderData<LibraryIndex>();
  store.seed(seed);
  useSyncExternalStore(store.subscribe, store.version, store.version);
  const index = store.whole() ?? seed;
  const partial = index.partial === true;
  useEffect(() => {
    if (!partial || !whole) return;
    const load = (): void => {
      for (const type of INTERACTIONS) window.removeEventListener(type, load, true);
      // A failed download leaves the first articles shown; the next interaction asks again.
      store.all().catch(() => undefined);
    };
    if (!defer) {
      load();
      return;
    }
    for (const type of INTERACTIONS) {
      window.addEventListener(type, load, { capture: true, passive: true, once: true });
    }
    return () => {
      for (const type of INTERACTIONS) window.removeEventListener(type, load, true);
    };
  }, [store, partial, whole, defer]);
  return index;
}
