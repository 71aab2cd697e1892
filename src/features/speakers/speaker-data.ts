// What a speaker's page loads: the articles quoting them (from the speakers' name lookup, or
// the index) and their quotes in the first `page` × PAGE_SIZE of those articles, newest
// first. "Show more" is `?page=2`.
import type { DataSource } from '../../data/source.ts';
import type { LibraryIndex } from '../../data/types.ts';
import { nameBucket, type SpeakerRecord } from '../../config/speakers.ts';
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
  /** Ids of the articles quoting them, newest first (for "Export quotes"): every one, unless… */
  ids: string[];
  /** …they are quoted in more articles: the file with every id (`SpeakerIdsFile`). */
  allIds?: string;
  /** Their quotes, per article, newest article first. */
  shown: ArticleQuotes[];
  page: number;
  /** More articles beyond the shown pages. */
  more: boolean;
}

/** Counts and every article quoting `name`, newest first: from the index in memory. */
function recordFromIndex(index: LibraryIndex, name: string): SpeakerRecord | null {
  let quotes = 0;
  let fullName: string | undefined;
  const ids: string[] = [];
  for (const article of index.articles) {
    const entry = article.speakers.find(([speaker]) => speaker === name);
    if (entry === undefined) continue;
    quotes += entry[1];
    const full = entry[2];
    if (full !== undefined && full.length > (fullName ?? name).length) fullName = full;
    ids.push(article.id);
  }
  if (ids.length === 0) return null;
  return {
    name,
    quotes,
    articles: ids.length,
    ...(fullName === undefined ? {} : { fullName }),
    ids,
  };
}

/**
 * Counts and every article quoting `name`: over HTTP from the one file of the speakers' name
 * lookup holding them (a few kilobytes, not the library's list); else from the whole index.
 */
async function findRecord(
  source: DataSource,
  index: () => Promise<LibraryIndex>,
  name: string,
): Promise<SpeakerRecord | null> {
  const speakers = source.speakers;
  if (speakers === undefined) return recordFromIndex(await index(), name);
  const manifest = await speakers.manifest();
  const file = manifest.names[nameBucket(name, manifest.names.length)];
  if (file === undefined) return null;
  const bucket = await speakers.names(file);
  return bucket.speakers.find((record) => record.name === name) ?? null;
}

/** The page's data, or null when no article quotes `name`. */
export async function loadSpeakerData(
  source: DataSource,
  index: () => Promise<LibraryIndex>,
  name: string,
  url: URL,
  signal?: AbortSignal,
): Promise<SpeakerData | null> {
  const record = await findRecord(source, index, name);
  if (record === null) return null;
  const page = Math.max(1, Math.floor(Number(url.searchParams.get('page'))) || 1);
  let { ids, allIds } = record;
  // Pages beyond the ids in the record: every id, from the person's own file.
  if (allIds !== undefined && page * PAGE_SIZE > ids.length && source.speakers !== undefined) {
    ids = (await source.speakers.ids(allIds)).ids;
    allIds = undefined;
  }
  const reading = ids.slice(0, page * PAGE_SIZE);
  return {
    name,
    ...(record.fullName === undefined ? {} : { fullName: record.fullName }),
    quotes: record.quotes,
    articles: record.articles,
    ids,
    ...(allIds === undefined ? {} : { allIds }),
    shown: await loadSpeakerQuotes(source, reading, name, signal),
    page,
    more: reading.length < record.articles,
  };
}
