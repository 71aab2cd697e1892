import { absoluteUrl, paths } from '../../config/paths.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { quotesFromArticles } from '../../data/quote-export.ts';
import { httpSource } from '../../data/source.ts';
import { ExportQuotes } from '../../ui/export-quotes.tsx';
import {
  lazy,
  Suspense,
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
import { searchableQuery } from './library-query.ts';
import { hitsOf, selectArticles } from './library-view.ts';
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

/** The library: search, sort and filter every article; the list is virtualised. */
export function LibraryRoute() {
  const location = useLocation();
  // Back from an article: the list scrolls to it (see return-focus.ts).
  const target = useMemo(() => returnTarget(location.search), [location.search]);
  // The prerendered first articles answer the plain library's first screen; any other view,
  // or a way back to an article further down, needs the whole index at once.
  const index = useLibraryIndex({ deferFull: location.search === '' && target === null });
  const data = deriveLibraryData(index);
  const { t } = useI18n();
  useDocumentTitle(t('app.name'));
  const { query, setText, update, clear } = useLibraryQuery();
  const reads = useReadState();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Typing updates the box at once; the list follows when React has time.
  const q = searchableQuery(useDeferredValue(query.q));
  const search = useSearch(q);
  const hits = useMemo(
    () =>
      hitsOf(search.result, index.articles, index.partial === true) ??
      (q === '' ? null : fallbackSearch(index.articles, q)),
    [search.result, q, index.articles, index.partial],
  );
  const visible = useMemo(
    () => selectArticles(data.orders, data.byId, { ...query, q }, reads, hits),
    [data, query, q, reads, hits],
  );
  const termsById = useMemo(() => new Map(hits?.map((hit) => [hit.id, hit.terms])), [hits]);
  useLibraryKeys();
  // Opening an article remembers this view, for its previous/next links and the way back.
  const rememberView = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const id = link?.getAttribute(ARTICLE_ID_ATTRIBUTE);
    if (id === null || id === undefined) return;
    const { lang, outlet, speaker, hasQuotes, unread, sort } = query;
    openFromList(
      location.search,
      { q, lang, outlet, speaker, hasQuotes, unread, sort },
      visible.map((article) => article.id),
      id,
    );
  };

  useEffect(() => {
    if (performance.getEntriesByName(INDEX_READY_MARK, 'mark').length > 0) {
      performance.measure(LIBRARY_RENDER_MEASURE, INDEX_READY_MARK);
    }
  }, []);

  // A partial index holds the first articles of `total`: the list shows those until the rest
  // arrives, and says how many there are in all.
  const total = index.total ?? index.articles.length;
  const partial = index.partial === true;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-4 sm:py-8" onClickCapture={rememberView}>
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">{t('library.title')}</h1>
      {total === 0 ? (
        <NoArticles />
      ) : (
        <>
          <ContinueReading data={data} reads={reads} />
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
          {filtersOpen ? (
            <Suspense fallback={<div id={FILTERS_ID} aria-busy="true" />}>
              <LibraryControls id={FILTERS_ID} data={data} query={query} onChange={update} />
            </Suspense>
          ) : (
            <div id={FILTERS_ID} hidden />
          )}
          <div className="mt-2 flex flex-wrap items-center justify-between gap-x-4">
            <p className="text-sm text-[var(--muted-fg)]" role="status">
              {visible.length === total || partial
                ? t('library.count', { count: total })
                : t('library.countOf', { count: visible.length, total })}
              {q === '' || search.engineReady
                ? ''
                : ` · ${t(search.status === 'error' ? 'library.search.unavailable' : 'library.search.loading')}`}
            </p>
            {visible.length > 0 && (
              <ExportQuotes
                className="export-compact"
                name={t('export.libraryName')}
                quotes={() =>
                  quotesFromArticles(
                    visible.map((article) => article.id),
                    (id) => httpSource.article(id),
                    (id) => `${absoluteUrl(paths.reader.href(id))}/`,
                  )
                }
              />
            )}
          </div>
          {visible.length === 0 ? (
            <NoResults onClear={clear} />
          ) : (
            <ArticleList
              articles={visible}
              reads={reads}
              termsFor={(id) => termsById.get(id) ?? NO_TERMS}
              focusId={target}
              setSize={partial ? total : visible.length}
              label={t('library.listLabel')}
            />
          )}
        </>
      )}
    </main>
  );
}
