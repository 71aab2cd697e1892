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
      className="mt-3 rounded border border-[var(--rule)] bg-[var(--surface)] px-3 py-2"
    >
      <div className="flex items-baseline gap-2 text-sm text-[var(--muted-fg)]">
        <h2 id="continue-reading" className="font-medium">
          {t('library.continue.title')}
        </h2>
        <span>· {t('library.card.progress', { percent })}</span>
      </div>
      <p className="truncate font-serif font-semibold" lang={article.lang}>
        <Link to={paths.reader.href(article.id)} className="hover:underline">
          {article.title}
        </Link>
      </p>
      <div className="mt-1 h-1 overflow-hidden rounded bg-[var(--rule)]" aria-hidden="true">
        <div className="h-full bg-[var(--accent)]" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}
