// The library build shared by the CLI, the Vite plugin and the benchmarks: seed files in,
// article JSON and the summary index out, with one problem line per bad file.
import { assignUniqueIds, parseArticle, type Article } from '../pipeline/index.ts';
import { decodeSeed } from './decode.ts';
import { isHtmlName, parseHtmlSeed } from './html-seed.ts';
import type { ArticleSummary, LibraryIndex, SpeakerEntry } from '../data/types.ts';

export type { ArticleSummary, LibraryIndex };

/** Files larger than this are refused rather than parsed (a scrape is never this big). */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;
/** Characters of excerpt kept in the index (the full excerpt is in the article file). */
const INDEX_EXCERPT_CHARS = 100;

/** A seed file as read from disk: its path relative to the seeds folder and its bytes. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

export interface Library {
  index: LibraryIndex;
  articles: Article[];
  /** One line per problem: `file: reason`. */
  problems: string[];
}

function summarise(article: Article): ArticleSummary {
  const excerpt =
    article.excerpt.length <= INDEX_EXCERPT_CHARS
      ? article.excerpt
      : `${article.excerpt
          .slice(0, INDEX_EXCERPT_CHARS)
          .replace(/\s+\S*$/u, '')
          .replace(/[\s,;:.]+$/u, '')}…`;
  return {
    id: article.id,
    title: article.title,
    lang: article.lang,
    ...(article.dateline !== undefined ? { dateline: article.dateline } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
    ...(article.outlet !== undefined ? { outlet: article.outlet } : {}),
    excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    quotes: article.paragraphs.reduce(
      (n, p) =>
        n + p.quotes.filter((q) => q.kind === 'direct' && q.continuesFromPrevious !== true).length,
      0,
    ),
    speakers: article.speakers.map((s): SpeakerEntry =>
      s.fullName === undefined ? [s.name, s.quotes] : [s.name, s.quotes, s.fullName],
    ),
  };
}

/** Newest first; undated articles last; then by title, then id, so order is total and stable. */
function compareArticles(a: Article, b: Article): number {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What one seed became: its article (null when it yields none) and its problem lines. */
export interface SeedResult {
  /** The seed's name (its path under the seeds folder). */
  name: string;
  article: Article | null;
  /** One line per problem: `file: reason`. */
  problems: string[];
}

/** Why a seed is not parsed at all, judged from its name and size alone (null: parse it). */
export function refusal(name: string, size: number): string | null {
  if (!name.toLowerCase().endsWith('.txt') && !isHtmlName(name))
    return `${name}: skipped, not a .txt or .html file`;
  if (size > MAX_SEED_BYTES)
    return `${name}: skipped, larger than ${MAX_SEED_BYTES / 1024 / 1024} MB`;
  return null;
}

/** Parses one seed; never throws (a failure becomes the seed's problem line). */
export function parseSeed(file: SeedFile): SeedResult {
  const refused = refusal(file.name, file.bytes.byteLength);
  if (refused !== null) return { name: file.name, article: null, problems: [refused] };
  try {
    const { article, warnings } = isHtmlName(file.name)
      ? parseHtmlSeed(file.bytes, file.name)
      : parseArticle(decodeSeed(file.bytes), file.name);
    const problems = warnings.map(
      (warning) => `${file.name}: ${article === null ? '' : 'warning: '}${warning.message}`,
    );
    return { name: file.name, article, problems };
  } catch (error) {
    // The pipeline is meant never to throw; if it does, the file is reported, not fatal.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      name: file.name,
      article: null,
      problems: [`${file.name}: could not be parsed (${reason})`],
    };
  }
}

/**
 * The library from every seed's result, whatever order they arrived in: problems in seed-name
 * order, ids made unique, articles in reading order.
 */
export function assembleLibrary(results: readonly SeedResult[]): Library {
  const sorted = [...results].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems = sorted.flatMap((result) => result.problems);
  const parsed = sorted.flatMap((result) => (result.article === null ? [] : [result.article]));
  const articles = assignUniqueIds(parsed).sort(compareArticles);
  return { index: { version: 1, articles: articles.map(summarise) }, articles, problems };
}

/** Parses every seed; a bad file adds a problem line and never stops the others. */
export function buildLibrary(files: readonly SeedFile[]): Library {
  return assembleLibrary(files.map(parseSeed));
}

/** The JSON text written for a value: stable key order from construction, two-space indent off. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
