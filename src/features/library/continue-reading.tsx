import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { lastInProgress, type ReadState } from '../../data/read-state.ts';

interface ContinueReadingProps {
  /** The library's articles that have arrived, by id. */
  articles: ReadonlyMap<string, ArticleSummary>;
  reads: ReadState;
}

/** The article read most recently and not finished, to pick up where the reader left off. */
export function ContinueReading({ articles, reads }: ContinueReadingProps) {
  const { t } = useI18n();
  const id = lastInProgress(reads, articles);
  const article = id === null ? undefined : articles.get(id);
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
