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
import {
  deriveLibraryData,
  INDEX_READY_MARK,
  type FilterChoices,
  type LibraryData,
} from './library-data.ts';
import { NoArticles, NoResults } from './library-empty.tsx';
import { effectiveSort, searchableQuery, type LibraryQuery } from './library-query.ts';
import type { facetOrder } from './facet-order.ts';
import { facetKinds, hitsOf, pageOrder, readIds, selectArticles } from './library-view.ts';
import type { SearchResult } from './search-protocol.ts';
import type { Facets, ListStore } from '../../data/list-store.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { SearchField } from './search-field.tsx';
import { useLibraryKeys } from './use-library-keys.ts';
import { useLibraryQuery } from './use-library-query.ts';
import { useReadState } from './use-read-state.ts';
import type { ReadState } from '../../data/read-state.ts';
import { useSearch } from './use-search.ts';

/** Performance measure from the index arriving to the first list on screen (benchmark). */
export const LIBRARY_RENDER_MEASURE = 'baca:library-render';
const NO_TERMS: readonly string[] = [];
const FILTERS_ID = 'library-filters';
// The sort and filter panel's code loads when it first opens: most visits never open it.
const LibraryControls = lazy(() =>
  import('./library-controls.tsx').then((m) => ({ default: m.LibraryControls })),
);

/** What a view shows from the shards that have arrived. */
interface PagedView {
  /** The list, with undefined for articles still downloading. */
  rows: (ArticleSummary | undefined)[];
  /** Each row's place in index order (to fetch its shard); empty when nothing is to fetch. */
  docs: readonly number[];
  termsById: ReadonlyMap<string, readonly string[]>;
}

/**
 * A view over the shards that have arrived: the library or a search's matches, in any order,
 * filtered by language, outlet, speaker, quotes or unread through the facet files. Until the
 * search, the manifest or a facet file is ready, it shows the articles that have arrived.
 */
function pagedView(
  store: ListStore,
  view: LibraryQuery,
  q: string,
  result: SearchResult | null,
  order: typeof facetOrder | null,
  reads: ReadState,
  read: ReadonlySet<number> | null,
): PagedView {
  const total = store.total() ?? 0;
  const check = store.check();
  const sort = effectiveSort(view);
  const kinds = facetKinds(view);
  const matches =
    q === '' ? null : result !== null && result.check === check ? result.matches : undefined;
  const matchDocs = matches === undefined || matches === null ? null : matches.map((m) => m.doc);
  const facets = matches === undefined ? null : store.facets(kinds);
  const docs =
    matches === undefined
      ? null
      : kinds.length === 0 &&
          !view.unread &&
          (sort === 'newest' || sort === 'oldest' || sort === 'relevance')
        ? pageOrder(sort, total, store.dated(), matchDocs)
        : facets === null || order === null || (view.unread && read === null)
          ? null
          : order(view, sort, total, store.dated(), facets, matchDocs, pageOrder, read);
  if (docs === null) {
    if (q === '' && kinds.length === 0 && !view.unread)
      return { rows: new Array<undefined>(total).fill(undefined), docs: [], termsById: new Map() };
    // What has arrived, in index order, searched, filtered and sorted as the whole would be.
    const arrived: ArticleSummary[] = [];
    for (let doc = 0; doc < total; doc++) {
      const article = store.at(doc);
      if (article !== undefined) arrived.push(article);
    }
    const hits = q === '' ? null : fallbackSearch(arrived, q);
    const data = deriveLibraryData({ version: 1, articles: arrived });
    return {
      rows: selectArticles(data.orders, data.byId, view, reads, hits),
      docs: [],
      termsById: new Map(hits?.map((hit) => [hit.id, hit.terms])),
    };
  }
  const termsById = new Map<string, readonly string[]>();
  for (const match of matches ?? []) {
    const article = store.at(match.doc);
    if (article !== undefined) termsById.set(article.id, match.terms);
  }
  return { rows: docs.map((doc) => store.at(doc)), docs, termsById };
}

/**
 * What the filter panel offers: from the whole index when it has arrived; from the facet
 * files while the list comes in shards (`fromFacets`), everyone quoted once the speaker field
 * asks for them (`withSpeakers`); null while neither is ready.
 */
function filterChoices(
  store: ListStore,
  data: LibraryData,
  fromFacets: boolean,
  withSpeakers: boolean,
): FilterChoices | null {
  if (data.index.partial !== true) return data;
  if (!fromFacets) return null;
  const facets = store.facets(['languages', 'outlets']);
  if (facets === null) return null;
  const counts = (values: Facets['languages']): [string, number][] =>
    (values ?? []).map(([value, places]) => [value, places.length]);
  return {
    languages: counts(facets.languages),
    outlets: counts(facets.outlets),
    speakers: withSpeakers ? (store.facets(['speakers'])?.speakers ?? null) : null,
  };
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
  // The library and a search's matches come shard by shard as the reader scrolls, in any
  // order and filtered by language, outlet, speaker, quotes or unread (the list's facet files
  // say which articles, and where the read ones are, so only the shards on screen are
  // fetched). A list without facet files needs every article at once (filtering a part would
  // show wrong counts and orders).
  const kinds = facetKinds(view);
  const facetsKnown = store.hasFacets();
  const needsFacets = kinds.length > 0 || view.unread;
  // The unread filter: where the articles read through are (usually on screen already); a
  // list that cannot say (no ids facet, offline) needs every article.
  const viewReads = view.unread ? reads : null;
  const version = store.version();
  const readPlaces = useMemo(
    () => (viewReads === null ? null : store.placesOf(readIds(viewReads))),
    // `version` changes as the buckets of ids arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [viewReads, store, version],
  );
  const knownPlaces = readPlaces === false ? null : readPlaces;
  // The way back to an article: its place (from the ids facet when its row has not arrived);
  // a list that cannot say needs every article.
  const targetPlaces = useMemo(
    () => (target === null ? null : store.placesOf([target])),
    // `version` changes as the buckets of ids arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [target, store, version],
  );
  const paging =
    targetPlaces !== false && (!needsFacets || facetsKnown !== false) && readPlaces !== false;
  // The filter panel lists languages and outlets from the facet files; everyone quoted (the
  // speaker field's list, the largest facet) only when that field is first used.
  const [speakersWanted, setSpeakersWanted] = useState(false);
  const index = useLibraryIndex(store, {
    whole: !paging || (filtersOpen && facetsKnown === false),
  });
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
  // A filtered or length-sorted view's ordering loads with the first such view.
  const [order, setOrder] = useState<{ by: typeof facetOrder } | null>(null);
  const needsOrder = paged && needsFacets && order === null;
  useEffect(() => {
    if (needsOrder) void import('./facet-order.ts').then((m) => setOrder({ by: m.facetOrder }));
  }, [needsOrder]);
  const page = useMemo(
    () =>
      paged
        ? pagedView(store, view, q, search.result, order?.by ?? null, viewReads ?? {}, knownPlaces)
        : null,
    // `version` changes as shards and facet files arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [paged, store, view, q, search.result, version, order, viewReads, knownPlaces],
  );
  // Matching search results, placing the oldest articles and knowing whether the list has
  // facet files need the list's manifest.
  const filtering = needsFacets || filtersOpen;
  useEffect(() => {
    if (partial && (q !== '' || sort === 'oldest' || filtering)) store.manifest();
  }, [partial, q, sort, filtering, store]);
  const choices = filterChoices(
    store,
    data,
    partial && facetsKnown === true && filtersOpen,
    speakersWanted,
  );
  const onShow = useCallback(
    (from: number, to: number) => {
      if (page !== null && page.docs.length > 0) store.need(page.docs.slice(from, to + 1));
    },
    [page, store],
  );
  const list = page?.rows ?? visible;
  // In a list in shards, the row to go back to is known before its shard arrives.
  const focusRow = useMemo(() => {
    // A whole list: the row is looked up by id.
    if (page === null) return undefined;
    // Until the view's order is known (its facet files, the search's answer) and the target's
    // place, there is no row to go to: what has arrived meanwhile is not the view's order.
    if (page.docs.length === 0 || targetPlaces === null || targetPlaces === false) return -1;
    const [place = -1] = targetPlaces;
    return page.docs.indexOf(place);
  }, [page, targetPlaces]);
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
          {filtersOpen && choices === null ? (
            <p id={FILTERS_ID} aria-busy="true" className="mt-2 text-sm text-[var(--muted-fg)]">
              {t('library.loadingAll')}
            </p>
          ) : filtersOpen && choices !== null ? (
            <Suspense fallback={<div id={FILTERS_ID} aria-busy="true" />}>
              <LibraryControls
                id={FILTERS_ID}
                data={choices}
                query={query}
                onChange={update}
                wantSpeakers={() => setSpeakersWanted(true)}
              />
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
              focusRow={focusRow}
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
