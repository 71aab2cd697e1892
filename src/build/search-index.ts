// The full-text search index, built at build time as a manifest and shards of the vocabulary
// (format in src/config/search.ts): a query fetches the manifest and the shards holding its
// terms, about 30–60 kB gzipped per term at 100,000 articles, instead of the whole index.
import { createHash } from 'node:crypto';
import type { Article } from '../data/types.ts';
import {
  BODY_COUNT_MAX,
  BODY_COUNT_SHIFT,
  checkOf,
  FIELDS,
  SEARCH_DIR,
  SEARCH_MANIFEST,
  searchTerms,
  type SearchDocument,
  type SearchManifest,
  type SearchShard,
} from '../config/search.ts';

/**
 * Uncompressed bytes a shard grows to before the next term starts a new one: about 30 kB
 * gzipped, the size of a few list rows' data. A term whose postings are larger gets a shard
 * of its own.
 */
export const SHARD_TARGET_BYTES = 96 * 1024;
/**
 * A term in more than this share of the articles ("yang", "the") says almost nothing about
 * which article is meant and its postings would be the largest download of all: it is left
 * out, and a query treats it as matching every article.
 */
export const COMMON_SHARE = 0.25;
/** Libraries this small index every term: a share of a handful of articles means little. */
const COMMON_MIN_ARTICLES = 40;

function toDocument(article: Article): SearchDocument {
  return {
    title: article.title,
    speakers: article.speakers.map((s) => [s.name, s.fullName ?? ''].join(' ')).join('\n'),
    source: [article.outlet ?? '', article.author ?? ''].join('\n'),
    body: article.paragraphs.map((p) => p.text).join('\n'),
  };
}

/** Postings per term, in article order: [article, code] as the format describes. */
function collectPostings(articles: readonly Article[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((article, doc) => {
    const document = toDocument(article);
    const codes = new Map<string, number>();
    let bodyCounts: Map<string, number> | undefined;
    for (const field of FIELDS) {
      for (const term of searchTerms(document[field.name])) {
        codes.set(term, (codes.get(term) ?? 0) | field.bit);
        if (field.name === 'body') {
          bodyCounts ??= new Map();
          bodyCounts.set(term, (bodyCounts.get(term) ?? 0) + 1);
        }
      }
    }
    for (const [term, bits] of codes) {
      const count = Math.min(bodyCounts?.get(term) ?? 0, BODY_COUNT_MAX);
      let list = postings.get(term);
      if (list === undefined) {
        list = [];
        postings.set(term, list);
      }
      list.push(doc, bits | (count << BODY_COUNT_SHIFT));
    }
  });
  return postings;
}

/** [article, code] pairs with each article number stored as the gap from the previous one. */
function deltaEncode(pairs: number[]): number[] {
  const encoded = pairs.slice();
  for (let i = encoded.length - 2; i >= 2; i -= 2) {
    encoded[i] = (pairs[i] ?? 0) - (pairs[i - 2] ?? 0);
  }
  return encoded;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The search files for these articles, keyed by path under the data folder. */
export function buildSearchFiles(
  articles: readonly Article[],
  shardBytes = SHARD_TARGET_BYTES,
): Map<string, string> {
  const postings = collectPostings(articles);
  const common: string[] = [];
  if (articles.length >= COMMON_MIN_ARTICLES) {
    for (const [term, pairs] of postings) {
      if (pairs.length / 2 > articles.length * COMMON_SHARE) common.push(term);
    }
  }
  for (const term of common) postings.delete(term);

  const files = new Map<string, string>();
  const shards: [string, string][] = [];
  let shard: SearchShard = {};
  let first: string | null = null;
  let bytes = 0;
  const flush = (): void => {
    if (first === null) return;
    const json = JSON.stringify(shard);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    const file = `${shards.length}-${hash}.json`;
    files.set(`${SEARCH_DIR}/${file}`, json);
    shards.push([first, file]);
    shard = {};
    first = null;
    bytes = 0;
  };
  for (const term of [...postings.keys()].sort(byCodeUnits)) {
    const encoded = deltaEncode(postings.get(term) ?? []);
    const size = term.length + 6 + encoded.reduce((sum, n) => sum + String(n).length + 1, 0);
    if (bytes > 0 && bytes + size > shardBytes) flush();
    first ??= term;
    shard[term] = encoded;
    bytes += size;
  }
  flush();
  // An empty library still gets one (empty) shard, so the manifest always names a file.
  if (shards.length === 0) {
    shard = {};
    first = '';
    bytes = 1;
    flush();
  }
  const manifest: SearchManifest = {
    version: 2,
    count: articles.length,
    check: checkOf(articles.map((a) => a.id)),
    common: common.sort(byCodeUnits),
    shards,
  };
  files.set(SEARCH_MANIFEST, JSON.stringify(manifest));
  return files;
}
