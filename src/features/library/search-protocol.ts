// Messages between the page and the search worker.
import type { SearchMatch } from './search-engine.ts';

export interface WorkerRequest {
  /** Matches the reply to its request. */
  id: number;
  /** Where the search manifest is (absolute), fetched on the first request. */
  url: string;
  query: string;
}

/** The matches of a query, and the manifest's `check` (which build they come from). */
export interface SearchResult {
  matches: SearchMatch[];
  check: string;
}

/** A result; or an error; or `superseded` when a newer query arrived before this one ran. */
export type WorkerReply =
  | ({ id: number } & SearchResult)
  | { id: number; error: string }
  | { id: number; superseded: true };
