// The library view an article was opened from: its query string, its articles in order, and
// the article the reader is on. Kept for the tab's session, so that previous/next follow
// that list (its sort, filters and search) and every way back to the library returns to the
// same view, scrolled to the article the reader came from.

/** The filters of a library view, enough to name it ("German articles"). */
export interface ListFilters {
  q: string;
  lang: string;
  outlet: string;
  speaker: string;
  hasQuotes: boolean;
  unread: boolean;
  /** The chosen sort, null for the default. */
  sort: string | null;
}

export interface ListContext {
  /** The library's query string ("?lang=de&sort=oldest"), '' for the whole library. */
  search: string;
  filters: ListFilters;
  /** Article ids in the list's order (only the first MAX_IDS of a longer list). */
  ids: readonly string[];
  /** The article the reader is on, or last opened: the library scrolls back to it. */
  current?: string;
}

const KEY = 'baca:list';
/**
 * Ids kept per list: a tab's session storage holds a few megabytes, and nobody pages through
 * more than this many articles with Next.
 */
export const MAX_IDS = 20_000;

/** The last list, read once per page load and then kept in memory. */
let cached: ListContext | null | undefined;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const isFilters = (value: unknown): value is ListFilters =>
  typeof value === 'object' &&
  value !== null &&
  ['q', 'lang', 'outlet', 'speaker'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );

function parse(raw: string | null): ListContext | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<ListContext>;
    if (
      typeof value.search !== 'string' ||
      !Array.isArray(value.ids) ||
      !value.ids.every((id) => typeof id === 'string') ||
      !isFilters(value.filters)
    ) {
      return null;
    }
    return {
      search: value.search,
      filters: value.filters,
      ids: value.ids,
      ...(typeof value.current === 'string' ? { current: value.current } : {}),
    };
  } catch {
    return null;
  }
}

/** The list the reader last opened an article from, if any in this tab. */
export function currentList(): ListContext | null {
  cached ??= parse(storage()?.getItem(KEY) ?? null);
  return cached;
}

function save(context: ListContext): void {
  cached = context;
  try {
    storage()?.setItem(KEY, JSON.stringify(context));
  } catch {
    // Full or disabled: the list lives in memory until the page is reloaded.
  }
}

/** Records the view an article is being opened from. */
export function openFromList(
  search: string,
  filters: ListFilters,
  ids: readonly string[],
  id: string,
): void {
  save({ search, filters, ids: ids.slice(0, MAX_IDS), current: id });
}

/** Records the article now being read (the library returns to it), when it is in the list. */
export function readingInList(id: string): void {
  const list = currentList();
  if (list === null || list.current === id || !list.ids.includes(id)) return;
  save({ ...list, current: id });
}

/** The article to return to when the library shows `search` (see `returned`). */
export function returnTarget(search: string): string | null {
  const list = currentList();
  return list?.current === undefined || list.search !== search ? null : list.current;
}

/**
 * The library has returned to the article: the target is given once, so that a later visit
 * (a reload, the header link) starts at the top as usual.
 */
export function returned(): void {
  const list = currentList();
  if (list?.current === undefined) return;
  save({ search: list.search, filters: list.filters, ids: list.ids });
}

/** The article before and after `id` in the list, when the list holds it. */
export function neighboursInList(
  id: string,
): { list: ListContext; previous: string | null; next: string | null } | null {
  const list = currentList();
  const at = list?.ids.indexOf(id) ?? -1;
  if (list === null || at < 0) return null;
  return { list, previous: list.ids[at - 1] ?? null, next: list.ids[at + 1] ?? null };
}

/** The library address of the last list ("/?lang=de"), or the whole library. */
export function returnSearch(): string {
  return currentList()?.search ?? '';
}

/** Forgets the list (tests). */
export function resetListContext(): void {
  cached = undefined;
  storage()?.removeItem(KEY);
}
