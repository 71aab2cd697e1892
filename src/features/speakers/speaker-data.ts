// What a speaker's page loads: the articles quoting them (from the index) and their quotes in
// the first `page` × PAGE_SIZE of those articles, newest first. "Show more" is `?page=2`.
import type { DataSource } from '../../data/source.ts';
import type { LibraryIndex } from '../../data/types.ts';
import { loadSpeakerQuotes, type ArticleQuotes } from './speaker-quotes.ts';

/** Articles read per page of a speaker's quotes. */
export const PAGE_SIZE = 20;

export interface SpeakerData {
  name: string;
  /** The longest form of the name any article gives, when longer. */
  fullName?: string;
  /** Direct quotes across the library (from the index). */
  quotes: number;
  /** Articles quoting them. */
  articles: number;
  /** Ids of every article quoting them, newest first (for "Export quotes"). */
  ids: string[];
  /** Their quotes, per article, newest article first. */
  shown: ArticleQuotes[];
  page: number;
  /** More articles beyond the shown pages. */
  more: boolean;
}

/** The page's data, or null when no article quotes `name`. */
export async function loadSpeakerData(
  source: DataSource,
  index: LibraryIndex,
  name: string,
  url: URL,
  signal?: AbortSignal,
): Promise<SpeakerData | null> {
  let quotes = 0;
  let fullName: string | undefined;
  const quoting = index.articles.filter((article) => {
    const entry = article.speakers.find(([speaker]) => speaker === name);
    if (entry === undefined) return false;
    quotes += entry[1];
    const full = entry[2];
    if (full !== undefined && full.length > (fullName ?? name).length) fullName = full;
    return true;
  });
  if (quoting.length === 0) return null;
  const page = Math.max(1, Math.floor(Number(url.searchParams.get('page'))) || 1);
  const reading = quoting.slice(0, page * PAGE_SIZE);
  return {
    name,
    ...(fullName === undefined ? {} : { fullName }),
    quotes,
    articles: quoting.length,
    ids: quoting.map((article) => article.id),
    shown: await loadSpeakerQuotes(source, reading, name, signal),
    page,
    more: reading.length < quoting.length,
  };
}
