import { useId, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { languageName } from '../../i18n/language-name.ts';
import { byName } from '../../data/speakers-by-name.ts';
import type { FilterChoices } from './library-data.ts';
import { activeFilters } from './filter-toggle.tsx';
import {
  EMPTY_QUERY,
  effectiveSort,
  searchableQuery,
  SORTS,
  type LibraryQuery,
  type Sort,
} from './library-query.ts';

interface LibraryControlsProps {
  id: string;
  data: FilterChoices;
  query: LibraryQuery;
  onChange: (next: LibraryQuery) => void;
  /** Asks for everyone quoted when the speaker field is first used (data.speakers is null). */
  wantSpeakers?: (() => void) | undefined;
}

const SORT_LABELS: Record<Sort, MessageKey> = {
  relevance: 'library.sort.relevance',
  newest: 'library.sort.newest',
  oldest: 'library.sort.oldest',
  shortest: 'library.sort.shortest',
  longest: 'library.sort.longest',
};

const FIELD = 'min-h-11 w-full rounded border border-[var(--rule)] bg-[var(--surface)] px-2 py-1.5';
const CHECK = 'flex min-h-11 items-center gap-2';

/** Sort and filters; each change is a new history entry (see the route). */
export function LibraryControls({ id, data, query, onChange, wantSpeakers }: LibraryControlsProps) {
  const { locale, t } = useI18n();
  const searching = searchableQuery(query.q) !== '';
  const sorts = SORTS.filter((sort) => sort !== 'relevance' || searching);
  const articles = (count: number): string => t('library.count', { count });
  return (
    <div
      id={id}
      className="mt-3 grid grid-cols-1 gap-x-4 gap-y-3 rounded border border-[var(--rule)] p-3 text-sm min-[30rem]:grid-cols-2 sm:grid-cols-3"
    >
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('library.sort.label')}</span>
        <select
          className={FIELD}
          value={effectiveSort(query)}
          onChange={(event) => onChange({ ...query, sort: event.target.value as Sort })}
        >
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('library.filter.language')}</span>
        <select
          className={FIELD}
          value={query.lang}
          onChange={(event) => onChange({ ...query, lang: event.target.value })}
        >
          <option value="">{t('library.filter.allLanguages')}</option>
          {data.languages.map(([lang, count]) => (
            <option key={lang} value={lang}>
              {`${languageName(lang, locale)} (${articles(count)})`}
            </option>
          ))}
        </select>
      </label>
      {(data.outlets.length > 0 || query.outlet !== '') && (
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('library.filter.outlet')}</span>
          <select
            className={FIELD}
            value={query.outlet}
            onChange={(event) => onChange({ ...query, outlet: event.target.value })}
          >
            <option value="">{t('library.filter.allOutlets')}</option>
            {query.outlet !== '' && !data.outlets.some(([name]) => name === query.outlet) && (
              <option value={query.outlet}>{query.outlet}</option>
            )}
            {data.outlets.map(([outlet, count]) => (
              <option key={outlet} value={outlet}>
                {`${outlet} (${articles(count)})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <SpeakerFilter data={data} query={query} onChange={onChange} wantSpeakers={wantSpeakers} />
      <label className={CHECK}>
        <input
          type="checkbox"
          className="size-5"
          checked={query.hasQuotes}
          onChange={(event) => onChange({ ...query, hasQuotes: event.target.checked })}
        />
        {t('library.filter.hasQuotes')}
      </label>
      <label className={CHECK}>
        <input
          type="checkbox"
          className="size-5"
          checked={query.unread}
          onChange={(event) => onChange({ ...query, unread: event.target.checked })}
        />
        {t('library.filter.unread')}
      </label>
      {(activeFilters(query) > 0 || query.sort !== null) && (
        <button
          type="button"
          className="export-button self-center justify-self-start"
          // The search stays: it has its own clear button in the field.
          onClick={() => onChange({ ...EMPTY_QUERY, q: query.q })}
        >
          {t('library.filter.reset')}
        </button>
      )}
    </div>
  );
}

/**
 * The speaker filter: a text field with every speaker (A–Z) to pick from as you type, each
 * with the number of articles quoting them. A name the list knows applies the filter; an
 * empty field removes it.
 */
function SpeakerFilter({ data, query, onChange, wantSpeakers }: Omit<LibraryControlsProps, 'id'>) {
  const { locale, t } = useI18n();
  const listId = useId();
  const [draft, setDraft] = useState(query.speaker);
  const [seen, setSeen] = useState(query.speaker);
  if (seen !== query.speaker) {
    setSeen(query.speaker);
    setDraft(query.speaker);
  }
  const speakers = data.speakers === null ? [] : byName(data.speakers, locale);
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{t('library.filter.speaker')}</span>
      <input
        type="search"
        list={listId}
        className={FIELD}
        value={draft}
        placeholder={t('library.filter.allSpeakers')}
        autoComplete="off"
        spellCheck={false}
        aria-busy={data.speakers === null}
        onFocus={data.speakers === null ? wantSpeakers : undefined}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          const name = value.trim();
          if (name === '' && query.speaker !== '') onChange({ ...query, speaker: '' });
          else if (name !== query.speaker && speakers.some((speaker) => speaker.name === name)) {
            onChange({ ...query, speaker: name });
          }
        }}
      />
      <datalist id={listId}>
        {speakers.map((speaker) => (
          <option key={speaker.name} value={speaker.name}>
            {speaker.fullName === undefined
              ? t('library.count', { count: speaker.articles })
              : `${speaker.fullName} · ${t('library.count', { count: speaker.articles })}`}
          </option>
        ))}
      </datalist>
    </label>
  );
}
