import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { Highlight } from './highlight.tsx';
import { languageName } from '../../i18n/language-name.ts';
import { isInProgress, isRead, type ReadEntry } from '../../data/read-state.ts';
import { ReadToggle } from './read-toggle.tsx';

/** Speakers named on a card; the rest are in the article and the Speakers view. */
const CARD_SPEAKERS = 3;

interface ArticleCardProps {
  article: ArticleSummary;
  /** Reading progress, when the article was opened. */
  progress: ReadEntry | undefined;
  /** Folded search terms to mark in the title and excerpt. */
  terms: readonly string[];
}

/** One article in the list: the title is the link; details, excerpt, speakers and progress below. */
export function ArticleCard({ article, progress, terms }: ArticleCardProps) {
  const { locale, t } = useI18n();
  const details = [
    article.outlet,
    article.published === undefined ? undefined : formatDate(article.published, locale, 'medium'),
    article.dateline,
    languageName(article.lang, locale),
    t('article.readingTime', { minutes: article.readingMinutes }),
    t('article.quotes', { count: article.quotes }),
  ].filter((part): part is string => part !== undefined);
  const speakers = article.speakers.slice(0, CARD_SPEAKERS).map(([name]) => name);
  const read = isRead(progress);
  const percent = isInProgress(progress) ? Math.round((progress?.fraction ?? 0) * 100) : null;
  return (
    <article className="border-b border-[var(--rule)] py-5">
      <h2 className="font-serif text-xl leading-snug font-semibold" lang={article.lang}>
        <Link
          to={paths.reader.href(article.id)}
          className={`hover:underline ${read ? 'text-[var(--muted-fg)]' : ''}`}
        >
          <Highlight text={article.title} terms={terms} />
        </Link>
      </h2>
      <p className="mt-1 text-sm text-[var(--muted-fg)]">{details.join(' · ')}</p>
      <p className="mt-2 line-clamp-2 text-[var(--muted-fg)]" lang={article.lang}>
        <Highlight text={article.excerpt} terms={terms} />
      </p>
      {speakers.length > 0 && (
        <p className="mt-2 text-sm">
          <span className="text-[var(--muted-fg)]">{t('library.card.speakers')} </span>
          <Highlight text={speakers.join(', ')} terms={terms} />
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        {read && <span className="font-medium">{t('library.card.read')}</span>}
        {percent !== null && (
          <span className="flex items-center gap-2">
            <progress className="h-1.5 w-24" max={100} value={percent} aria-hidden="true" />
            {t('library.card.progress', { percent })}
          </span>
        )}
        <ReadToggle id={article.id} title={article.title} read={read} />
      </div>
    </article>
  );
}
