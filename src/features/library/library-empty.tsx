import { useI18n } from '../../i18n/use-i18n.ts';

/** The library has no articles at all: how to add some. */
export function NoArticles() {
  const { t } = useI18n();
  return (
    <section className="mt-10">
      <h2 className="text-xl font-semibold">{t('library.empty.title')}</h2>
      <p className="mt-2">{t('library.empty.body')}</p>
    </section>
  );
}

interface NoResultsProps {
  onClear: () => void;
}

/** Nothing matches the search and filters: a way out. */
export function NoResults({ onClear }: NoResultsProps) {
  const { t } = useI18n();
  return (
    <section className="mt-10">
      <h2 className="text-xl font-semibold">{t('library.noResults.title')}</h2>
      <p className="mt-2">{t('library.noResults.body')}</p>
      <button
        type="button"
        onClick={onClear}
        className="mt-4 rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-1.5 font-medium"
      >
        {t('library.clearFilters')}
      </button>
    </section>
  );
}
