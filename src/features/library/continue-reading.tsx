import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { LibraryData } from './library-data.ts';
import { lastInProgress, type ReadState } from '../../data/read-state.ts';

interface ContinueReadingProps {
  data: LibraryData;
  reads: ReadState;
}

/** The article read most recently and not finished, to pick up where the reader left off. */
export function ContinueReading({ data, reads }: ContinueReadingProps) {
  const { t } = useI18n();
  const id = lastInProgress(reads, data.byId);
  const article = id === null ? undefined : data.byId.get(id);
  if (article === undefined) return null;
  const percent = Math.round((reads[article.id]?.fraction ?? 0) * 100);
  return (
    <section
      aria-labelledby="continue-reading"
      className="mt-6 rounded border border-[var(--rule)] bg-[var(--surface)] p-4"
    >
      <h2 id="continue-reading" className="text-sm font-medium text-[var(--muted-fg)]">
        {t('library.continue.title')}
      </h2>
      <p className="mt-1 font-serif text-lg font-semibold" lang={article.lang}>
        <Link to={paths.reader.href(article.id)} className="hover:underline">
          {article.title}
        </Link>
      </p>
      <p className="mt-1 flex items-center gap-2 text-sm">
        <progress className="h-1.5 w-32" max={100} value={percent} aria-hidden="true" />
        {t('library.card.progress', { percent })}
      </p>
    </section>
  );
}
