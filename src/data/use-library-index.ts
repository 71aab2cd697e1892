import { useEffect, useRef } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import type { LibraryIndex } from './types.ts';

/**
 * The library index from the route loader. A prerendered page of a large library embeds
 * only its first articles (`partial`); after hydration the loader runs again over HTTP and
 * brings the whole index.
 */
export function useLibraryIndex(): LibraryIndex {
  const index = useLoaderData<LibraryIndex>();
  const revalidator = useRevalidator();
  const partial = index.partial === true;
  // Once: the revalidator changes identity while it loads, and a second call would abort
  // the first download.
  const requested = useRef(false);
  useEffect(() => {
    if (!partial || requested.current) return;
    requested.current = true;
    void revalidator.revalidate();
  }, [partial, revalidator]);
  return index;
}
