// Messages between the page and the search worker.
import type { SearchMatch } from './search-engine.ts';

export interface WorkerRequest {
  /** Matches the reply to its request. */
  id: number;
  /** Where the search manifest is (absolute), fetched on the first request. */
  url: string;
  query: string;
  /** Only fetch the shards the query's next keystroke may need (see `nextShards`); no reply. */
  prefetch?: true;
}

/** The matches of a query, and the manifest's `check` (which build they come from). */
export interface SearchResult {
  matches: SearchMatch[];
  check: string;
}

/**
 * Matches as they cross to the page: a short query ("pr") matches half a large library, and
 * copying thousands of small objects, each with its own list of term strings, cost more than
 * the search itself. Articles go as one typed array (transferred, not copied) and each distinct
 * set of matched terms once.
 */
export interface PackedMatches {
  /** The matching articles, best first. */
  docs: Int32Array;
  /** Per article, the index of its matched terms in `termSets`. */
  setOf: Int32Array;
  termSets: string[][];
}

export function packMatches(matches: readonly SearchMatch[]): PackedMatches {
  const docs = new Int32Array(matches.length);
  const setOf = new Int32Array(matches.length);
  const termSets: string[][] = [];
  const setIndex = new Map<string, number>();
  matches.forEach((match, i) => {
    docs[i] = match.doc;
    const key = match.terms.join('\u0000');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = termSets.push(match.terms) - 1;
      setIndex.set(key, index);
    }
    setOf[i] = index;
  });
  return { docs, setOf, termSets };
}

/** The matches again; articles with the same matched terms share one (read-only) list. */
export function unpackMatches(packed: PackedMatches): SearchMatch[] {
  return Array.from(packed.docs, (doc, i) => ({
    doc,
    terms: packed.termSets[packed.setOf[i] ?? 0] ?? [],
  }));
}

/** A result; or an error; or `superseded` when a newer query arrived before this one ran. */
export type WorkerReply =
  | ({ id: number; check: string } & PackedMatches)
  | { id: number; error: string }
  | { id: number; superseded: true };
