import type { Article } from '../../data/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

interface ArticleHeaderProps {
  article: Article;
  quoteCount: number;
}

/**
 * Title, then outlet · author · dateline · date (in the interface's language) · reading time ·
 * quotes · speakers · a link to the original article (when the seed was a page that gave one).
 */
export function ArticleHeader({ article, quoteCount }: ArticleHeaderProps) {
  const { t, locale } = useI18n();
  const details = [
    article.outlet,
    article.author === undefined ? undefined : t('article.byAuthor', { name: article.author }),
    article.dateline,
    article.published === undefined ? undefined : formatDate(article.published, locale),
    t('article.readingTime', { minutes: article.readingMinutes }),
    t('article.quotes', { count: quoteCount }),
    t('reader.speakers', { count: article.speakers.length }),
  ].filter((part): part is string => part !== undefined);
  return (
    <header>
      <h1 className="reader-title">{article.title}</h1>
      {/* Details are the interface's words and dates, in its language (the article keeps its own). */}
      <p lang={locale} className="mt-3 font-sans text-sm text-[var(--muted-fg)]">
        {details.map((part, i) => (
          <span key={i}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            <span className="whitespace-nowrap">{part}</span>
          </span>
        ))}
        {article.url !== undefined && (
          <span>
            <span aria-hidden="true"> · </span>
            <a
              className="whitespace-nowrap underline"
              href={article.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('article.original')}
              <span aria-hidden="true"> ↗</span>
            </a>
          </span>
        )}
      </p>
    </header>
  );
}
