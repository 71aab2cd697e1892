import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { ArticleSummary } from '../../data/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

interface ArticleCardProps {
  article: ArticleSummary;
}

/** One article in the list: the title is the link; details below it. */
export function ArticleCard({ article }: ArticleCardProps) {
  const { locale, t } = useI18n();
  const details = [
    article.dateline,
    article.published === undefined ? undefined : formatDate(article.published, locale, 'medium'),
    t('article.readingTime', { minutes: article.readingMinutes }),
    t('article.quotes', { count: article.quotes }),
  ].filter((part): part is string => part !== undefined);
  return (
    <article className="border-b border-[var(--rule)] py-5">
      <h2 className="font-serif text-xl leading-snug font-semibold" lang={article.lang}>
        <Link to={paths.reader.href(article.id)} className="hover:underline">
          {article.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-[var(--muted-fg)]">{details.join(' · ')}</p>
      <p className="mt-2 line-clamp-2 text-[var(--muted-fg)]" lang={article.lang}>
        {article.excerpt}
      </p>
    </article>
  );
}
