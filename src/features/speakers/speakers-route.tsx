import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { TITLE_SUFFIX, useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link, useLoaderData } from 'react-router';
import { paths } from '../../config/paths.ts';
import { NAME_ORDER_LOCALE, type SpeakersPage } from '../../config/speakers.ts';
import type { SpeakerOrder, SpeakersStore } from '../../data/speakers-store.ts';
import { letterOf, nameMatches, nameQuery } from '../../data/speaker-cards.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { byName } from '../../data/speakers-by-name.ts';
import { SpeakerEntry } from './speaker-entry.tsx';
import type { SpeakerListProps } from './speaker-list.tsx';

/** Up to this many entries are a plain list; more are virtualised (loaded only then). */
const PLAIN_MAX = 60;

const VirtualSpeakerList = lazy(() =>
  import('./speaker-list.tsx').then((m) => ({ default: m.VirtualSpeakerList })),
);

/** The first entries as a plain list: short lists, the prerendered page, and while loading. */
function PlainList({ speakers, label }: SpeakerListProps) {
  // Placeholders only stand in the virtualised list; a plain list shows what has arrived.
  const shown = speakers.slice(0, PLAIN_MAX);
  const missing = shown.indexOf(undefined);
  return (
    <ul className="mt-2" aria-label={label}>
      {(missing < 0 ? shown : shown.slice(0, missing)).map((speaker, i) => (
        <li key={speaker?.name ?? i}>
          <SpeakerEntry speaker={speaker} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Everyone quoted across the library: find by name (a word of it starting with what is typed)
 * or first letter, most quoted or A–Z. Every view comes shard by shard as the reader scrolls;
 * a letter or a name first fetches the one file of the people filed under its letter. Only a
 * library built without those files loads everyone for them.
 */
export function SpeakersRoute({ store }: { store: SpeakersStore }) {
  const seed = useLoaderData<SpeakersPage>();
  store.seed(seed);
  const version = useSyncExternalStore(store.subscribe, store.version, store.version);
  const { t } = useI18n();
  useDocumentTitle(`${t('speakers.title')}${TITLE_SUFFIX}`);
  const [query, setQuery] = useState('');
  const [letter, setLetter] = useState('');
  const [order, setOrder] = useState<SpeakerOrder>('quotes');
  const hydrated = useHydrated();
  const label = t('speakers.title');
  const typed = nameQuery(useDeferredValue(query));
  const everyone = store.whole();
  const paged = everyone === null && order === 'quotes' && letter === '' && typed === '';
  // Any other view by need (its files load on the first call); false: this library needs all.
  const byNeed = useMemo(
    () => (everyone === null && !paged ? store.view({ order, letter, query: typed }) : undefined),
    // `version` changes as files arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [everyone, paged, store, order, letter, typed, version],
  );
  useEffect(() => {
    if (byNeed === null) store.prepare({ order, letter, query: typed });
  }, [byNeed, store, order, letter, typed]);
  const needsAll = byNeed === false;
  useEffect(() => {
    if (needsAll) store.all().catch(() => undefined);
  }, [needsAll, store]);
  // The first screen of a view by need (a plain list reports no range; a long one does).
  useEffect(() => {
    if (byNeed) store.need(byNeed.places.slice(0, PLAIN_MAX), byNeed.order);
  }, [byNeed, store]);
  const total = everyone?.length ?? seed.total;
  const letters = seed.letters;
  const shown = useMemo(() => {
    if (everyone === null) {
      if (byNeed === null) return [];
      if (byNeed !== undefined && byNeed !== false)
        return byNeed.places.map((place) => store.at(place, byNeed.order));
      // Most quoted first, from the shards that arrived (placeholders for the rest).
      const rows = Array.from({ length: seed.total }, (_, place) => store.at(place));
      if (paged) return rows;
      return rows.filter((speaker) => speaker !== undefined && matches(speaker.name));
    }
    return (order === 'name' ? byName(everyone, NAME_ORDER_LOCALE) : everyone).filter((speaker) =>
      matches(speaker.name),
    );
    function matches(name: string): boolean {
      return (letter === '' || letterOf(name) === letter) && nameMatches(name, typed);
    }
    // `version` changes as shards arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [everyone, byNeed, paged, seed.total, store, letter, typed, order, version]);
  const onShow = useCallback(
    (from: number, to: number) => {
      if (paged) store.need(Array.from({ length: to - from + 1 }, (_, i) => from + i));
      else if (byNeed) store.need(byNeed.places.slice(from, to + 1), byNeed.order);
    },
    [paged, byNeed, store],
  );
  const choose = (next: string): void => setLetter(next);
  const chip = (active: boolean): string =>
    `inline-flex min-h-8 min-w-8 items-center justify-center rounded border px-1.5 text-sm ${
      active
        ? 'border-[var(--page-fg)] bg-[var(--page-fg)] text-[var(--page-bg)]'
        : 'border-[var(--rule)] hover:border-[var(--accent)]'
    }`;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-4 sm:py-8">
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">{t('speakers.title')}</h1>
      <p className="mt-1 text-sm text-[var(--muted-fg)]">{t('speakers.count', { count: total })}</p>
      {total === 0 ? (
        <p className="mt-8">{t('speakers.empty')}</p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-end gap-2">
            <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
              <span className="font-medium">{t('speakers.search')}</span>
              <input
                type="search"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                autoComplete="off"
                spellCheck={false}
                className="min-h-11 w-full rounded border border-[var(--rule)] bg-[var(--surface)] px-3"
              />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{t('speakers.sort')}</span>
              <select
                value={order}
                onChange={(event) => setOrder(event.target.value as SpeakerOrder)}
                className="min-h-11 rounded border border-[var(--rule)] bg-[var(--surface)] px-2"
              >
                <option value="quotes">{t('speakers.byQuotes')}</option>
                <option value="name">{t('speakers.byName')}</option>
              </select>
            </label>
          </div>
          <nav aria-label={t('speakers.letters')} className="mt-3">
            <ul className="flex flex-wrap gap-1">
              <li>
                <button
                  type="button"
                  className={chip(letter === '')}
                  aria-pressed={letter === ''}
                  onClick={() => choose('')}
                >
                  {t('speakers.allLetters')}
                </button>
              </li>
              {letters.map((each) => (
                <li key={each}>
                  <button
                    type="button"
                    className={chip(letter === each)}
                    aria-pressed={letter === each}
                    onClick={() => choose(each)}
                  >
                    {each}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <p className="mt-3 text-sm text-[var(--muted-fg)]" role="status">
            {byNeed === null
              ? t('speakers.finding')
              : needsAll
                ? t('speakers.loadingAll')
                : shown.length === 0
                  ? t('speakers.none')
                  : shown.length === total
                    ? ''
                    : t('speakers.count', { count: shown.length })}
          </p>
          {shown.length > PLAIN_MAX && hydrated ? (
            <Suspense fallback={<PlainList speakers={shown} label={label} />}>
              <VirtualSpeakerList speakers={shown} label={label} onShow={onShow} />
            </Suspense>
          ) : (
            <PlainList speakers={shown} label={label} />
          )}
          <p className="mt-8 text-sm">
            <Link to={paths.library.href()} className="text-[var(--accent)] underline">
              {t('speakers.back')}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
