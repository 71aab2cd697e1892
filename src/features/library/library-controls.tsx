import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { languageName } from '../../i18n/language-name.ts';
import type { LibraryData } from './library-data.ts';
import {
  effectiveSort,
  searchableQuery,
  SORTS,
  type LibraryQuery,
  type Sort,
} from './library-query.ts';

interface LibraryControlsProps {
  data: LibraryData;
  query: LibraryQuery;
  onChange: (next: LibraryQuery) => void;
}

const SORT_LABELS: Record<Sort, MessageKey> = {
  relevance: 'library.sort.relevance',
  newest: 'library.sort.newest',
  oldest: 'library.sort.oldest',
  shortest: 'library.sort.shortest',
  longest: 'library.sort.longest',
};

const SELECT = 'rounded border border-[var(--rule)] bg-[var(--surface)] px-2 py-1.5';

/** Sort and filters; each change is a new history entry (see the route). */
export function LibraryControls({ data, query, onChange }: LibraryControlsProps) {
  const { locale, t } = useI18n();
  const searching = searchableQuery(query.q) !== '';
  const sorts = SORTS.filter((sort) => sort !== 'relevance' || searching);
  return (
    <div className="mt-4 flex flex-wrap items-end gap-x-4 gap-y-2 text-sm">
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('library.sort.label')}</span>
        <select
          className={SELECT}
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
          className={SELECT}
          value={query.lang}
          onChange={(event) => onChange({ ...query, lang: event.target.value })}
        >
          <option value="">{t('library.filter.allLanguages')}</option>
          {data.languages.map(([lang, count]) => (
            <option key={lang} value={lang}>
              {`${languageName(lang, locale)} (${count})`}
            </option>
          ))}
        </select>
      </label>
      {(data.outlets.length > 0 || query.outlet !== '') && (
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('library.filter.outlet')}</span>
          <select
            className={`${SELECT} max-w-[14rem]`}
            value={query.outlet}
            onChange={(event) => onChange({ ...query, outlet: event.target.value })}
          >
            <option value="">{t('library.filter.allOutlets')}</option>
            {query.outlet !== '' && !data.outlets.some(([name]) => name === query.outlet) && (
              <option value={query.outlet}>{query.outlet}</option>
            )}
            {data.outlets.map(([outlet, count]) => (
              <option key={outlet} value={outlet}>
                {`${outlet} (${count})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t('library.filter.speaker')}</span>
        <select
          className={`${SELECT} max-w-[14rem]`}
          value={query.speaker}
          onChange={(event) => onChange({ ...query, speaker: event.target.value })}
        >
          <option value="">{t('library.filter.allSpeakers')}</option>
          {query.speaker !== '' && !data.speakers.some((s) => s.name === query.speaker) && (
            <option value={query.speaker}>{query.speaker}</option>
          )}
          {data.speakers.map((speaker) => (
            <option key={speaker.name} value={speaker.name}>
              {`${speaker.name} (${speaker.articles})`}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input
          type="checkbox"
          checked={query.hasQuotes}
          onChange={(event) => onChange({ ...query, hasQuotes: event.target.checked })}
        />
        {t('library.filter.hasQuotes')}
      </label>
      <label className="flex items-center gap-2 py-1.5">
        <input
          type="checkbox"
          checked={query.unread}
          onChange={(event) => onChange({ ...query, unread: event.target.checked })}
        />
        {t('library.filter.unread')}
      </label>
    </div>
  );
}
