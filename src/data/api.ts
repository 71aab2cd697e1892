// Fetching the data files the build emitted under the base URL.
import type { Article, LibraryIndex } from './types.ts';

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
