import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { TITLE_SUFFIX, useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useLibraryIndex } from '../../data/use-library-index.ts';
import type { ListStore } from '../../data/list-store.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { foldText as fold } from '../../lib/normalise.ts';
import { speakerStats } from '../../data/speaker-stats.ts';
import { byName } from '../../data/speakers-by-name.ts';
import { groupQuotingArticles } from './quoting-articles.ts';
import { SpeakerEntry } from './speaker-entry.tsx';
import type { SpeakerListProps } from './speaker-list.tsx';

/** Articles listed under each speaker; their page lists every quote. */
const LISTED_ARTICLES = 3;
/** Up to this many entries are a plain list; more are virtualised (loaded only then). */
const PLAIN_MAX = 60;

const VirtualSpeakerList = lazy(() =>
  import('./speaker-list.tsx').then((m) => ({ default: m.VirtualSpeakerList })),
);

/** The first entries as a plain list: short lists, the prerendered page, and while loading. */
function PlainList({ speakers, quoting, label }: SpeakerListProps) {
  return (
    <ul className="mt-2" aria-label={label}>
      {speakers.slice(0, PLAIN_MAX).map((speaker) => (
        <li key={speaker.name}>
          <SpeakerEntry speaker={speaker} quoting={quoting.get(speaker.name) ?? []} />
        </li>
      ))}
    </ul>
  );
}

type Order = 'quotes' | 'name';

/** The letter a name is filed under (accents folded), or '#' for anything else. */
const letterOf = (name: string): string => {
  const first = fold(name).charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : '#';
};

/** Everyone quoted across the library: find by name or first letter, most quoted or A–Z. */
export function SpeakersRoute({ store }: { store: ListStore }) {
  const index = useLibraryIndex(store);
  const speakers = speakerStats(index);
  const quoting = useMemo(() => groupQuotingArticles(index.articles, LISTED_ARTICLES), [index]);
  const { locale, t } = useI18n();
  useDocumentTitle(`${t('speakers.title')}${TITLE_SUFFIX}`);
  const [query, setQuery] = useState('');
  const [letter, setLetter] = useState('');
  const [order, setOrder] = useState<Order>('quotes');
  const hydrated = useHydrated();
  const label = t('speakers.title');
  const typed = fold(useDeferredValue(query).trim());
  const letters = useMemo(
    () => [...new Set(speakers.map((s) => letterOf(s.name)))].sort(),
    [speakers],
  );
  const shown = useMemo(
    () =>
      (order === 'name' ? byName(speakers, locale) : speakers).filter(
        (speaker) =>
          (letter === '' || letterOf(speaker.name) === letter) &&
          (typed === '' || fold(speaker.name).includes(typed)),
      ),
    [speakers, letter, typed, order, locale],
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
      <p className="mt-1 text-sm text-[var(--muted-fg)]">
        {t('speakers.count', { count: speakers.length })}
      </p>
      {speakers.length === 0 ? (
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
            {shown.length === 0
              ? t('speakers.none')
              : shown.length === speakers.length
                ? ''
                : t('speakers.count', { count: shown.length })}
          </p>
          {shown.length > PLAIN_MAX && hydrated ? (
            <Suspense fallback={<PlainList speakers={shown} quoting={quoting} label={label} />}>
              <VirtualSpeakerList speakers={shown} quoting={quoting} label={label} />
            </Suspense>
          ) : (
            <PlainList speakers={shown} quoting={quoting} label={label} />
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
