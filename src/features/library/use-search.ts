import { useEffect, useState } from 'react';
import type { SearchResult } from './search-protocol.ts';
import { withSearchClient } from './search-lazy.ts';

/** Performance measure of one query, keystroke to hits (read by the library benchmark). */
export const SEARCH_MEASURE = 'baca:search';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchState {
  status: SearchStatus;
  /** Ranked matches of the current query; null while there are none yet (or no query). */
  result: SearchResult | null;
  /** Whether the full-text engine has answered at least once (else results are provisional). */
  engineReady: boolean;
}

interface Answer {
  query: string;
  result: SearchResult | null;
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
    withSearchClient((m) => m.getSearchClient().search(trimmed)).then(
      (result) => {
        if (!current) return;
        setAnswer({ query: trimmed, result, failed: false });
        setEngineReady(true);
        performance.measure(SEARCH_MEASURE, { start: started, detail: trimmed });
      },
      () => {
        if (current) setAnswer({ query: trimmed, result: null, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [trimmed]);

  if (trimmed === '') return { status: 'idle', result: null, engineReady };
  if (answer?.query === trimmed) {
    return { status: answer.failed ? 'error' : 'ready', result: answer.result, engineReady };
  }
  // A newer query is on its way: keep the previous answer meanwhile, unless it failed.
  return {
    status: 'loading',
    result: answer?.failed === false ? answer.result : null,
    engineReady,
  };
}
