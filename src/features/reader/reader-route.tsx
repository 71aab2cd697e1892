import { Link, useLoaderData } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Article } from '../../data/types.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ParagraphText } from './paragraph-text.tsx';

/** The reader: one article, title as the page heading, paragraphs as text. */
export function ReaderRoute() {
  const article = useLoaderData<Article>();
  const { t } = useI18n();
  const details = [
    article.dateline,
    article.published === undefined ? undefined : formatDate(article.published, article.lang),
    t('article.readingTime', { minutes: article.readingMinutes }),
  ].filter((part): part is string => part !== undefined);
  return (
    <main id="main" className="mx-auto max-w-[68ch] px-4 py-8">
      <p className="text-sm">
        <Link to={paths.library.href()} className="text-[var(--accent)] underline">
          {t('article.back')}
        </Link>
      </p>
      <article lang={article.lang} className="article mt-6">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
        <p className="mt-3 text-sm text-[var(--muted-fg)]">{details.join(' · ')}</p>
        <div className="mt-8 space-y-5 font-serif text-xl leading-relaxed">
          {article.paragraphs.map((paragraph, i) => (
            <ParagraphText key={i} paragraph={paragraph} />
          ))}
        </div>
      </article>
    </main>
  );
}
