import { useMemo, useState } from 'react';
import { NavigationType, useLocation, useNavigationType, useSearchParams } from 'react-router';
import {
  EMPTY_QUERY,
  parseLibraryQuery,
  toSearchParams,
  type LibraryQuery,
} from './library-query.ts';

/** History state marking a navigation made by typing in the search box. */
const TYPING = { libraryTyping: true } as const;

const isTypingState = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'libraryTyping' in state;

export interface LibraryQueryState {
  /** The view in the URL, with `q` as typed (it reaches the URL a moment later). */
  query: LibraryQuery;
  /** Typing: replaces the history entry, so back skips the keystrokes. */
  setText: (text: string) => void;
  /** Sort and filter changes: a new history entry each. */
  update: (next: LibraryQuery) => void;
  clear: () => void;
}

/**
 * The library's sort, filters and search, kept in the URL. The search box owns its text so
 * typing is never held up by navigation; the URL wins when it changes some other way (back
 * button, links, "clear filters").
 */
export function useLibraryQuery(): LibraryQueryState {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const fromUrl = useMemo(() => parseLibraryQuery(params), [params]);
  const [text, setTextState] = useState(fromUrl.q);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === NavigationType.Pop || !isTypingState(location.state))
      setTextState(fromUrl.q);
  }
  const query = useMemo(() => ({ ...fromUrl, q: text }), [fromUrl, text]);
  return {
    query,
    setText: (next) => {
      setTextState(next);
      setParams(toSearchParams({ ...fromUrl, q: next }), {
        replace: true,
        state: TYPING,
        preventScrollReset: true,
      });
    },
    update: (next) => {
      setParams(toSearchParams(next), { preventScrollReset: true });
    },
    clear: () => {
      setParams(toSearchParams(EMPTY_QUERY), { preventScrollReset: true });
    },
  };
}
