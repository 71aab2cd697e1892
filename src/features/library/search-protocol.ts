// Messages between the page and the search worker.
import type { SearchHit } from './library-view.ts';

export interface WorkerRequest {
  /** Matches the reply to its request. */
  id: number;
  /** Where the index is (absolute), fetched on the first request. */
  url: string;
  query: string;
}

/** Hits; or an error; or `superseded` when a newer query arrived before this one ran. */
export type WorkerReply =
  | { id: number; hits: SearchHit[] }
  | { id: number; error: string }
  | { id: number; superseded: true };
