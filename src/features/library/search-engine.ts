// The search engine proper: reads the sharded index the build wrote (format in
// src/config/search.ts), fetching the manifest once and each shard the first time a query
// needs it. Runs in the search worker, or on the main thread where workers are missing.
import {
  BODY_COUNT_SHIFT,
  FIELDS,
  FUZZY_MIN_CHARS,
  FUZZY_RATIO,
  PREFIX_MIN_CHARS,
  searchTerms,
  type SearchManifest,
  type SearchShard,
} from '../../config/search.ts';

/** One matching article: its position in `index.json` and the index terms it matched. */
export interface SearchMatch {
  doc: number;
  terms: string[];
}

export interface SearchEngine {
  manifest: SearchManifest;
  /** Matching articles, best first; fetches the shards the query's terms live in. */
  search: (query: string) => Promise<SearchMatch[]>;
  /**
   * Fetches in the background the shards the query's next keystroke may need: every shard
   * of the word being typed, when they are few (see `nextShards`).
   */
  prefetch: (query: string) => void;
}

export type FetchJson = (url: string) => Promise<unknown>;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * A prefix whose terms spread over more shards than this ("b" at 100,000 articles) is matched
 * in the nearest ones only: a query should cost a few shards, not a slice of the alphabet.
 */
const MAX_SHARDS_PER_TERM = 4;
/** Score weights of a term matched whole, as a prefix of a longer term, or with a typo. */
const EXACT = 1;
const PREFIX = 0.5;
const FUZZY = 0.4;

/** The index of the last shard whose first term is at or before `term`. */
function shardOf(manifest: SearchManifest, term: string): number {
  let low = 0;
  let high = manifest.shards.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((manifest.shards[mid]?.[0] ?? '') <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The shards that may hold `term` and, when it is long enough, the terms it starts. */
function shardsFor(manifest: SearchManifest, term: string): number[] {
  const first = shardOf(manifest, term);
  const shards = [first];
  if (term.length < PREFIX_MIN_CHARS) return shards;
  const end = `${term}\uffff`;
  for (let i = first + 1; i < manifest.shards.length && shards.length < MAX_SHARDS_PER_TERM; i++) {
    if ((manifest.shards[i]?.[0] ?? '') >= end) break;
    shards.push(i);
  }
  return shards;
}

/**
 * The shards that the word being typed, once one more letter is typed, may be matched in:
 * those of every term it starts (beyond the one the word falls in, no more than a query
 * fetches for one term); none when they are more (a first letter at 100,000 articles),
 * or when the query ends in a space (no word yet).
 */
export function nextShards(manifest: SearchManifest, query: string): number[] {
  if (/\s$/u.test(query)) return [];
  const word = searchTerms(query).at(-1);
  if (word === undefined) return [];
  const first = shardOf(manifest, word);
  const shards = [first];
  const end = `${word}\uffff`;
  for (let i = first + 1; i < manifest.shards.length; i++) {
    if ((manifest.shards[i]?.[0] ?? '') >= end) break;
    if (shards.length > MAX_SHARDS_PER_TERM) return [];
    shards.push(i);
  }
  return shards;
}

/** Edit distance between a and b, or `max + 1` as soon as it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How much a posting's code says about the article: its fields' weights and body count. */
function fieldScore(code: number): number {
  let score = 0;
  for (const field of FIELDS) if ((code & field.bit) !== 0) score += field.boost;
  const count = code >> BODY_COUNT_SHIFT;
  return count > 1 ? score + Math.log2(count) : score;
}

interface Scored {
  score: number;
  /** Index terms this query term matched in the article (each term lives in one shard). */
  terms: string[];
}

export async function openSearchIndex(
  manifestUrl: string,
  load: FetchJson = fetchJson,
): Promise<SearchEngine> {
  const loaded = (await load(manifestUrl)) as { version?: unknown };
  // An index of another format (a stale cache after an upgrade) is refused, not misread.
  if (loaded.version !== 2) throw new Error(`${manifestUrl}: unknown search index version`);
  const manifest = loaded as SearchManifest;
  const common = new Set(manifest.common);
  const shardCache = new Map<number, Promise<SearchShard>>();
  const shard = (i: number): Promise<SearchShard> => {
    let loading = shardCache.get(i);
    if (loading === undefined) {
      const file = manifest.shards[i]?.[1] ?? '';
      loading = load(new URL(file, manifestUrl).href).then((json) => json as SearchShard);
      loading.catch(() => shardCache.delete(i));
      shardCache.set(i, loading);
    }
    return loading;
  };

  /**
   * Articles matching one query term (whole, as a prefix, or with a typo), with scores; only
   * among the articles of `within` when given.
   */
  async function matchTerm(
    term: string,
    within: ReadonlyMap<number, Scored> | null,
  ): Promise<Map<number, Scored>> {
    const shards = await Promise.all(shardsFor(manifest, term).map(shard));
    const maxEdits = term.length >= FUZZY_MIN_CHARS ? Math.floor(term.length * FUZZY_RATIO) : 0;
    const found = new Map<number, Scored>();
    for (const terms of shards) {
      for (const candidate in terms) {
        let weight = 0;
        if (candidate === term) weight = EXACT;
        else if (term.length >= PREFIX_MIN_CHARS && candidate.startsWith(term)) weight = PREFIX;
        else if (maxEdits > 0) {
          const distance = boundedDistance(term, candidate, maxEdits);
          if (distance <= maxEdits) weight = FUZZY * (1 - distance / term.length);
        }
        if (weight === 0) continue;
        const postings = terms[candidate] ?? [];
        const idf = Math.log(1 + manifest.count / Math.max(1, postings.length / 2));
        let doc = 0;
        for (let i = 0; i < postings.length; i += 2) {
          doc += postings[i] ?? 0;
          if (within !== null && !within.has(doc)) continue;
          const score = weight * idf * fieldScore(postings[i + 1] ?? 0);
          const entry = found.get(doc);
          if (entry === undefined) found.set(doc, { score, terms: [candidate] });
          else {
            if (score > entry.score) entry.score = score;
            entry.terms.push(candidate);
          }
        }
      }
    }
    return found;
  }

  return {
    manifest,
    prefetch: (query) => {
      for (const i of nextShards(manifest, query)) shard(i).catch(() => undefined);
    },
    search: async (query) => {
      const terms = [...new Set(searchTerms(query))];
      if (terms.length === 0) return [];
      const specific = terms.filter((term) => !common.has(term));
      // Only words in most articles ("the", "yang"): every article matches.
      if (specific.length === 0)
        return Array.from({ length: manifest.count }, (_, doc) => ({ doc, terms }));
      // Every word's shards are fetched at once; then the longest (most specific) word is
      // matched first and each next one only among the articles matched so far, so that a
      // short prefix ("ba", tens of thousands of postings at 100,000 articles) keeps no
      // article the others have already ruled out.
      await Promise.all(specific.flatMap((term) => shardsFor(manifest, term).map(shard)));
      const perTerm: Map<number, Scored>[] = [];
      let within: Map<number, Scored> | null = null;
      for (const term of [...specific].sort((a, b) => b.length - a.length)) {
        within = await matchTerm(term, within);
        perTerm.push(within);
        if (within.size === 0) return [];
      }
      perTerm.sort((a, b) => a.size - b.size);
      const [smallest, ...rest] = perTerm;
      const commonTerms = terms.filter((term) => common.has(term));
      const matches: { doc: number; score: number; terms: string[] }[] = [];
      for (const [doc, entry] of smallest ?? []) {
        let score = entry.score;
        let matched = entry.terms;
        for (const other of rest) {
          const hit = other.get(doc);
          if (hit === undefined) {
            matched = [];
            break;
          }
          score += hit.score;
          matched = matched.concat(hit.terms);
        }
        if (matched.length === 0) continue;
        if (commonTerms.length > 0) matched = matched.concat(commonTerms);
        matches.push({ doc, score, terms: matched });
      }
      matches.sort((a, b) => b.score - a.score || a.doc - b.doc);
      return matches.map(({ doc, terms: matched }) => ({ doc, terms: matched }));
    },
  };
}
