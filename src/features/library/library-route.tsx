import { absoluteUrl, paths } from '../../config/paths.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { httpSource } from '../../data/source.ts';
import { ExportQuotes } from '../../ui/export-quotes.tsx';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type MouseEvent,
} from 'react';
import { useLocation } from 'react-router';
import { openFromList, returnTarget } from '../../data/list-context.ts';
import { useLibraryIndex } from '../../data/use-library-index.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ARTICLE_ID_ATTRIBUTE } from './article-card.tsx';
import { ArticleList } from './article-list.tsx';
import { ContinueReading } from './continue-reading.tsx';
import { fallbackSearch } from './fallback-search.ts';
import { activeFilters, FilterToggle } from './filter-toggle.tsx';
import { deriveLibraryData, INDEX_READY_MARK } from './library-data.ts';
import { NoArticles, NoResults } from './library-empty.tsx';
import { effectiveSort, searchableQuery } from './library-query.ts';
import { hitsOf, pageable, pageOrder, selectArticles } from './library-view.ts';
import type { SearchResult } from './search-protocol.ts';
import type { ListStore } from '../../data/list-store.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { SearchField } from './search-field.tsx';
import { useLibraryKeys } from './use-library-keys.ts';
import { useLibraryQuery } from './use-library-query.ts';
import { useReadState } from './use-read-state.ts';
import { useSearch } from './use-search.ts';

/** Performance measure from the index arriving to the first list on screen (benchmark). */
export const LIBRARY_RENDER_MEASURE = 'baca:library-render';
const NO_TERMS: readonly string[] = [];
const FILTERS_ID = 'library-filters';
// The sort and filter panel's code loads when it first opens: most visits never open it.
const LibraryControls = lazy(() =>
  import('./library-controls.tsx').then((m) => ({ default: m.LibraryControls })),
);

/** What a view shows from the shards that have arrived (see `pageable`). */
interface PagedView {
  /** The list, with undefined for articles still downloading. */
  rows: (ArticleSummary | undefined)[];
  /** Each row's place in index order (to fetch its shard); empty when nothing is to fetch. */
  docs: readonly number[];
  termsById: ReadonlyMap<string, readonly string[]>;
}

/**
 * A pageable view over the shards that have arrived: the library in date order, or the
 * search's matches. While the search (or the list's manifest) is not ready, it searches the
 * articles that have arrived.
 */
function pagedView(
  store: ListStore,
  sort: 'newest' | 'oldest' | 'relevance',
  q: string,
  result: SearchResult | null,
): PagedView {
  const total = store.total() ?? 0;
  const check = store.check();
  const matches =
    q === '' ? null : result !== null && result.check === check ? result.matches : undefined;
  const docs =
    matches === undefined
      ? null
      : pageOrder(sort, total, store.dated(), matches === null ? null : matches.map((m) => m.doc));
  if (docs === null) {
    if (q === '')
      return { rows: new Array<undefined>(total).fill(undefined), docs: [], termsById: new Map() };
    const arrived = [...store.byId().values()];
    const hits = fallbackSearch(arrived, q);
    const byId = store.byId();
    return {
      rows: hits.map((hit) => byId.get(hit.id)),
      docs: [],
      termsById: new Map(hits.map((hit) => [hit.id, hit.terms])),
    };
  }
  const termsById = new Map<string, readonly string[]>();
  for (const match of matches ?? []) {
    const article = store.at(match.doc);
    if (article !== undefined) termsById.set(article.id, match.terms);
  }
  return { rows: docs.map((doc) => store.at(doc)), docs, termsById };
}

/** The library: search, sort and filter every article; the list is virtualised. */
export function LibraryRoute({ store }: { store: ListStore }) {
  const location = useLocation();
  // Back from an article: the list scrolls to it (see return-focus.ts).
  const target = useMemo(() => returnTarget(location.search), [location.search]);
  const { t } = useI18n();
  useDocumentTitle(t('app.name'));
  const { query, setText, update, clear } = useLibraryQuery();
  const reads = useReadState();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Typing updates the box at once; the list follows when React has time.
  const q = searchableQuery(useDeferredValue(query.q));
  const view = useMemo(() => ({ ...query, q }), [query, q]);
  // The library by date and a search's best matches come shard by shard as the reader
  // scrolls; a filter, sorting by length or a way back to an article further down needs
  // every article at once (filtering a part would show wrong counts and orders).
  const paging = pageable(view) && target === null;
  // The filter panel lists every language, outlet and speaker: opening it loads them all.
  const index = useLibraryIndex(store, { whole: !paging || filtersOpen });
  const version = store.version();
  const partial = index.partial === true;
  const paged = partial && paging;
  const data = deriveLibraryData(index);
  const search = useSearch(q);
  const hits = useMemo(
    () =>
      paged
        ? null
        : (hitsOf(search.result, index.articles, partial) ??
          (q === '' ? null : fallbackSearch(index.articles, q))),
    [paged, search.result, q, index.articles, partial],
  );
  const visible = useMemo(
    () => (paged ? [] : selectArticles(data.orders, data.byId, view, reads, hits)),
    [paged, data, view, reads, hits],
  );
  const sort = effectiveSort(view);
  const page = useMemo(
    () =>
      paged && (sort === 'newest' || sort === 'oldest' || sort === 'relevance')
        ? pagedView(store, sort, q, search.result)
        : null,
    // `version` changes as shards arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [paged, store, sort, q, search.result, version],
  );
  // Matching search results and placing the oldest articles need the list's manifest.
  useEffect(() => {
    if (paged && (q !== '' || sort === 'oldest')) store.manifest();
  }, [paged, q, sort, store]);
  const onShow = useCallback(
    (from: number, to: number) => {
      if (page !== null && page.docs.length > 0) store.need(page.docs.slice(from, to + 1));
    },
    [page, store],
  );
  const list = page?.rows ?? visible;
  const termsById = useMemo(
    () => page?.termsById ?? new Map(hits?.map((hit) => [hit.id, hit.terms])),
    [page, hits],
  );
  /** Ids of the whole view in order, downloading every article if need be (export). */
  const viewIds = async (): Promise<string[]> => {
    if (!paged) return visible.map((article) => article.id);
    const whole = await store.all();
    const all = deriveLibraryData(whole);
    const found = hitsOf(search.result, whole.articles, false);
    return selectArticles(all.orders, all.byId, view, reads, q === '' ? null : (found ?? [])).map(
      (article) => article.id,
    );
  };
  useLibraryKeys();
  // Opening an article remembers this view, for its previous/next links and the way back.
  const rememberView = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const id = link?.getAttribute(ARTICLE_ID_ATTRIBUTE);
    if (id === null || id === undefined) return;
    const { lang, outlet, speaker, hasQuotes, unread, sort: chosen } = query;
    openFromList(
      location.search,
      { q, lang, outlet, speaker, hasQuotes, unread, sort: chosen },
      list.flatMap((article) => (article === undefined ? [] : [article.id])),
      id,
    );
  };

  useEffect(() => {
    if (performance.getEntriesByName(INDEX_READY_MARK, 'mark').length > 0) {
      performance.measure(LIBRARY_RENDER_MEASURE, INDEX_READY_MARK);
    }
  }, []);

  // A partial index holds the first articles of `total`: a view that needs them all shows
  // those until the rest arrives, and says how many there are in all.
  const total = index.total ?? index.articles.length;
  const shown = page === null ? visible.length : page.rows.length;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-4 sm:py-8" onClickCapture={rememberView}>
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">{t('library.title')}</h1>
      {total === 0 ? (
        <NoArticles />
      ) : (
        <>
          <ContinueReading articles={store.byId()} reads={reads} />
          <div className="mt-3 flex items-end gap-2">
            <div className="min-w-0 flex-1">
              <SearchField value={query.q} onChange={setText} />
            </div>
            <FilterToggle
              controls={FILTERS_ID}
              open={filtersOpen}
              count={activeFilters(query)}
              onToggle={() => setFiltersOpen(!filtersOpen)}
            />
          </div>
          {/* Closed, the panel is an empty element for the toggle to control: the lists of
              languages, outlets and speakers (thousands in a large library) are built when it
              opens. */}
          {filtersOpen && partial ? (
            <p id={FILTERS_ID} aria-busy="true" className="mt-2 text-sm text-[var(--muted-fg)]">
              {t('library.loadingAll')}
            </p>
          ) : filtersOpen ? (
            <Suspense fallback={<div id={FILTERS_ID} aria-busy="true" />}>
              <LibraryControls id={FILTERS_ID} data={data} query={query} onChange={update} />
            </Suspense>
          ) : (
            <div id={FILTERS_ID} hidden />
          )}
          <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4">
            <p className="text-sm text-[var(--muted-fg)]" role="status">
              {shown === total || (partial && !paged)
                ? t('library.count', { count: total })
                : t('library.countOf', { count: shown, total })}
              {partial && !paged ? ` · ${t('library.loadingAll')}` : ''}
              {q === '' || search.engineReady
                ? ''
                : ` · ${t(search.status === 'error' ? 'library.search.unavailable' : 'library.search.loading')}`}
            </p>
            {shown > 0 && (
              <ExportQuotes
                className="export-compact"
                name={t('export.libraryName')}
                quotes={async () =>
                  (await import('../../data/quote-export.ts')).quotesFromArticles(
                    await viewIds(),
                    (id) => httpSource.article(id),
                    (id) => `${absoluteUrl(paths.reader.href(id))}/`,
                  )
                }
              />
            )}
          </div>
          {shown === 0 ? (
            <NoResults onClear={clear} />
          ) : (
            <ArticleList
              articles={list}
              reads={reads}
              termsFor={(id) => termsById.get(id) ?? NO_TERMS}
              focusId={target}
              setSize={partial && !paged ? total : shown}
              label={t('library.listLabel')}
              onShow={onShow}
            />
          )}
        </>
      )}
    </main>
  );
}
