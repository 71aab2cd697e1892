import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { Highlight } from './highlight.tsx';
import { isInProgress, isRead, type ReadEntry } from '../../data/read-state.ts';
import { ReadToggle } from './read-toggle.tsx';

/** Attribute naming the article a card's link opens (read when the link is followed). */
export const ARTICLE_ID_ATTRIBUTE = 'data-article-id';

/** Speakers named on a card; the rest are in the article and the Speakers view. */
const CARD_SPEAKERS = 3;

interface ArticleCardProps {
  article: ArticleSummary;
  /** Reading progress, when the article was opened. */
  progress: ReadEntry | undefined;
  /** Folded search terms to mark in the title and excerpt. */
  terms: readonly string[];
}

/**
 * One article in the list, compact enough for four on a phone's first screen: the title is
 * the link; then source and date, two lines of excerpt, who is quoted; read state on the side.
 */
export function ArticleCard({ article, progress, terms }: ArticleCardProps) {
  const { locale, t } = useI18n();
  const read = isRead(progress);
  const percent = isInProgress(progress) ? Math.round((progress?.fraction ?? 0) * 100) : null;
  const details = [
    article.outlet ?? article.dateline,
    article.published === undefined ? undefined : formatDate(article.published, locale, 'medium'),
    t('article.readingTime', { minutes: article.readingMinutes }),
    read ? t('library.card.read') : undefined,
    percent === null ? undefined : t('library.card.progress', { percent }),
  ].filter((part): part is string => part !== undefined);
  const speakers = article.speakers.slice(0, CARD_SPEAKERS).map(([name]) => name);
  return (
    <article className="flex items-start gap-2 border-b border-[var(--rule)] py-3">
      <div className="min-w-0 flex-1">
        <h2
          className="font-serif text-lg leading-snug font-semibold sm:text-xl"
          lang={article.lang}
        >
          <Link
            to={paths.reader.href(article.id)}
            {...{ [ARTICLE_ID_ATTRIBUTE]: article.id }}
            className={`hover:underline ${read ? 'text-[var(--muted-fg)]' : ''}`}
          >
            <Highlight text={article.title} terms={terms} />
          </Link>
        </h2>
        <p className="mt-0.5 truncate text-sm text-[var(--muted-fg)]">{details.join(' · ')}</p>
        <p className="mt-1 line-clamp-2 text-[0.9375rem] leading-snug" lang={article.lang}>
          <Highlight text={article.excerpt} terms={terms} />
        </p>
        {speakers.length > 0 && (
          <p className="mt-1 truncate text-sm">
            <span className="text-[var(--muted-fg)]">{t('library.card.speakers')} </span>
            <Highlight text={speakers.join(', ')} terms={terms} />
          </p>
        )}
      </div>
      <ReadToggle id={article.id} title={article.title} read={read} />
    </article>
  );
}
