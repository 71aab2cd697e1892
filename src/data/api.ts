// Fetching the data files the build emitted under the base URL.
import type { Article, LibraryIndex } from './types.ts';
import {
  LIST_DIR,
  LIST_MANIFEST,
  type ListFacet,
  type ListManifest,
  type ListShard,
} from '../config/list.ts';
import { SPEAKERS_DIR, SPEAKERS_MANIFEST, type SpeakersManifest } from '../config/speakers.ts';

const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;

export class NotFoundError extends Error {}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, signal ? { signal } : {});
  if (response.status === 404) throw new NotFoundError(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Hosts that answer unknown paths with the app's HTML mean the file does not exist.
  if (!(response.headers.get('content-type') ?? '').includes('json')) throw new NotFoundError(url);
  return (await response.json()) as T;
}

export function fetchIndex(signal?: AbortSignal): Promise<LibraryIndex> {
  return getJson<LibraryIndex>(dataUrl('index.json'), signal);
}

export function fetchArticle(id: string, signal?: AbortSignal): Promise<Article> {
  return getJson<Article>(dataUrl(`articles/${encodeURIComponent(id)}.json`), signal);
}

/** The list's manifest: not content-hashed (its name is fixed), so revalidated like the index. */
export function fetchListManifest(signal?: AbortSignal): Promise<ListManifest> {
  return getJson<ListManifest>(dataUrl(LIST_MANIFEST), signal);
}

/** One shard of the list, by its content-hashed file name from the manifest. */
export function fetchListShard(file: string, signal?: AbortSignal): Promise<ListShard> {
  return getJson<ListShard>(dataUrl(`${LIST_DIR}/${file}`), signal);
}

/** One facet of the list (languages, outlets, quoted, by length), by its content-hashed name. */
export function fetchListFacet(file: string): Promise<ListFacet> {
  return getJson<ListFacet>(dataUrl(`${LIST_DIR}/${file}`));
}

/** The speakers' manifest (fixed name, revalidated like the list's). */
export function fetchSpeakersManifest(): Promise<SpeakersManifest> {
  return getJson<SpeakersManifest>(dataUrl(SPEAKERS_MANIFEST));
}

/**
 * A file the speakers' manifest names (content-hashed, under `speakers/`): a shard either
 * order, a bucket of names, a person's ids, a letter's, find or crowd file.
 */
export function fetchSpeakersFile<T>(file: string): Promise<T> {
  return getJson<T>(dataUrl(`${SPEAKERS_DIR}/${file}`));
}
