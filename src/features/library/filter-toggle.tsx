import { useI18n } from '../../i18n/use-i18n.ts';
import type { LibraryQuery } from './library-query.ts';

/** Filters in effect (sort is not one): the count on the "Filter and sort" button. */
export function activeFilters(query: LibraryQuery): number {
  return [
    query.lang !== '',
    query.outlet !== '',
    query.speaker !== '',
    query.hasQuotes,
    query.unread,
  ].filter(Boolean).length;
}

interface FilterToggleProps {
  controls: string;
  open: boolean;
  count: number;
  onToggle: () => void;
}

/** Opens and closes the sort and filter panel; shows how many filters are on. */
export function FilterToggle({ controls, open, count, onToggle }: FilterToggleProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="flex min-h-11 shrink-0 items-center gap-2 rounded border border-[var(--rule)] bg-[var(--surface)] px-3 text-sm font-medium hover:border-[var(--accent)]"
      aria-expanded={open}
      aria-controls={controls}
      {...(count > 0 && {
        'aria-label': `${t('library.filter.toggle')} (${t('library.filter.active', { count })})`,
      })}
      onClick={onToggle}
    >
      {t('library.filter.toggle')}
      {count > 0 && (
        <span className="rounded-full bg-[var(--page-fg)] px-2 text-xs leading-5 text-[var(--page-bg)]">
          {count}
        </span>
      )}
    </button>
  );
}
