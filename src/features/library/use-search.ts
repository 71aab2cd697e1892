import { useEffect, useState } from 'react';
import type { SearchHit } from './library-view.ts';
import { getSearchClient } from './search-client.ts';

/** Performance measure of one query, keystroke to hits (read by the library benchmark). */
export const SEARCH_MEASURE = 'baca:search';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchState {
  status: SearchStatus;
  /** Ranked hits of the current query; null while there are none yet (or no query). */
  hits: readonly SearchHit[] | null;
  /** Whether the full-text engine has answered at least once (else results are provisional). */
  engineReady: boolean;
}

interface Answer {
  query: string;
  hits: readonly SearchHit[] | null;
  failed: boolean;
}

/** Full-text search of `query`, answered by the lazily loaded engine. */
export function useSearch(query: string): SearchState {
  const trimmed = query.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [engineReady, setEngineReady] = useState(false);

  useEffect(() => {
    if (trimmed === '') return;
    let current = true;
    const started = performance.now();
    getSearchClient()
      .search(trimmed)
      .then(
        (hits) => {
          if (!current) return;
          setAnswer({ query: trimmed, hits, failed: false });
          setEngineReady(true);
          performance.measure(SEARCH_MEASURE, { start: started, detail: trimmed });
        },
        () => {
          if (current) setAnswer({ query: trimmed, hits: null, failed: true });
        },
      );
    return () => {
      current = false;
    };
  }, [trimmed]);

  if (trimmed === '') return { status: 'idle', hits: null, engineReady };
  if (answer?.query === trimmed) {
    return { status: answer.failed ? 'error' : 'ready', hits: answer.hits, engineReady };
  }
  // A newer query is on its way: keep the previous answer meanwhile, unless it failed.
  return { status: 'loading', hits: answer?.failed === false ? answer.hits : null, engineReady };
}
