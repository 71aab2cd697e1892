// The library's sort, filters and search as URL search params, so a view can be shared,
// bookmarked and walked back with the browser's back button. Unknown values read as defaults.

export const SORTS = ['relevance', 'newest', 'oldest', 'shortest', 'longest'] as const;
export type Sort = (typeof SORTS)[number];

export interface LibraryQuery {
  /** Full-text search, as typed. */
  q: string;
  /** Chosen sort; `null` means the default (best match while searching, else newest). */
  sort: Sort | null;
  /** BCP 47 language, or '' for all. */
  lang: string;
  /** Outlet as the articles name it, or '' for all. */
  outlet: string;
  /** Speaker name, or '' for all. */
  speaker: string;
  /** Only articles with at least one direct quote. */
  hasQuotes: boolean;
  /** Only articles not read to the end. */
  unread: boolean;
}

export const EMPTY_QUERY: LibraryQuery = {
  q: '',
  sort: null,
  lang: '',
  outlet: '',
  speaker: '',
  hasQuotes: false,
  unread: false,
};

const isSort = (value: string | null): value is Sort =>
  value !== null && (SORTS as readonly string[]).includes(value);

export function parseLibraryQuery(params: URLSearchParams): LibraryQuery {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    sort: isSort(sort) ? sort : null,
    lang: params.get('lang') ?? '',
    outlet: params.get('outlet') ?? '',
    speaker: params.get('speaker') ?? '',
    hasQuotes: params.get('quotes') === '1',
    unread: params.get('unread') === '1',
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function toSearchParams(query: LibraryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  if (query.sort !== null) params.set('sort', query.sort);
  if (query.lang !== '') params.set('lang', query.lang);
  if (query.outlet !== '') params.set('outlet', query.outlet);
  if (query.speaker !== '') params.set('speaker', query.speaker);
  if (query.hasQuotes) params.set('quotes', '1');
  if (query.unread) params.set('unread', '1');
  return params;
}

/**
 * The part of what was typed worth searching. A lone letter would match everything as a
 * prefix, or nothing exactly, so a trailing one-letter word waits for the next keystroke.
 */
export function searchableQuery(typed: string): string {
  const words = typed.trim().split(/\s+/u);
  if (words.length > 1 && (words.at(-1)?.length ?? 0) < 2) words.pop();
  const query = words.join(' ');
  return query.length < 2 ? '' : query;
}

/** The sort in effect: best match only makes sense while searching. */
export function effectiveSort(query: LibraryQuery): Sort {
  const searching = searchableQuery(query.q) !== '';
  if (query.sort === null || (query.sort === 'relevance' && !searching)) {
    return searching ? 'relevance' : 'newest';
  }
  return query.sort;
}
