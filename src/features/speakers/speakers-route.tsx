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
import type { SpeakersPage } from '../../config/speakers.ts';
import type { SpeakersStore } from '../../data/speakers-store.ts';
import { letterOf } from '../../data/speaker-cards.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { foldText as fold } from '../../lib/normalise.ts';
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

type Order = 'quotes' | 'name';

/**
 * Everyone quoted across the library: find by name or first letter, most quoted or A–Z. Most
 * quoted first comes shard by shard as the reader scrolls; the other views need everyone.
 */
export function SpeakersRoute({ store }: { store: SpeakersStore }) {
  const seed = useLoaderData<SpeakersPage>();
  store.seed(seed);
  const version = useSyncExternalStore(store.subscribe, store.version, store.version);
  const { locale, t } = useI18n();
  useDocumentTitle(`${t('speakers.title')}${TITLE_SUFFIX}`);
  const [query, setQuery] = useState('');
  const [letter, setLetter] = useState('');
  const [order, setOrder] = useState<Order>('quotes');
  const hydrated = useHydrated();
  const label = t('speakers.title');
  const typed = fold(useDeferredValue(query).trim());
  const everyone = store.whole();
  const paged = everyone === null && order === 'quotes' && letter === '' && typed === '';
  useEffect(() => {
    if (everyone === null && !paged) store.all().catch(() => undefined);
  }, [everyone, paged, store]);
  const total = everyone?.length ?? seed.total;
  const letters = seed.letters;
  const shown = useMemo(() => {
    if (everyone === null) {
      // Most quoted first, from the shards that arrived (placeholders for the rest).
      const rows = Array.from({ length: seed.total }, (_, place) => store.at(place));
      if (paged) return rows;
      return rows.filter((speaker) => speaker !== undefined && matches(speaker.name));
    }
    return (order === 'name' ? byName(everyone, locale) : everyone).filter((speaker) =>
      matches(speaker.name),
    );
    function matches(name: string): boolean {
      return (
        (letter === '' || letterOf(name) === letter) && (typed === '' || fold(name).includes(typed))
      );
    }
    // `version` changes as shards arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [everyone, paged, seed.total, store, letter, typed, order, locale, version]);
  const onShow = useCallback(
    (from: number, to: number) => {
      if (paged) store.need(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    },
    [paged, store],
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
                onChange={(event) => setOrder(event.target.value as Order)}
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
            {everyone === null && !paged
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
