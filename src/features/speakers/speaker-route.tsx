import { Link, useLoaderData } from 'react-router';
import { absoluteUrl, paths } from '../../config/paths.ts';
import { quotesFromArticles } from '../../data/quote-export.ts';
import { fetchSpeakersFile } from '../../data/api.ts';
import type { SpeakerIdsFile } from '../../config/speakers.ts';
import { httpSource } from '../../data/source.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { TITLE_SUFFIX, useDocumentTitle } from '../../lib/use-document-title.ts';
import { ExportQuotes } from '../../ui/export-quotes.tsx';
import type { SpeakerData } from './speaker-data.ts';

/** One person: every quote of theirs across the library, newest article first, each linking to its place. */
export function SpeakerRoute() {
  const data = useLoaderData<SpeakerData>();
  const { locale, t } = useI18n();
  useDocumentTitle(`${data.name}${TITLE_SUFFIX}`);
  // The newest article's description of them: offices change.
  const role = data.shown.find((entry) => entry.role !== undefined)?.role;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-4 sm:py-8">
      <p className="text-sm">
        <Link to={paths.speakers.href()} className="text-[var(--accent)] underline">
          {t('speaker.back')}
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-3xl font-bold">{data.name}</h1>
      {data.fullName !== undefined && <p className="mt-1 font-serif text-lg">{data.fullName}</p>}
      {role !== undefined && <p className="mt-1">{role}</p>}
      <p className="mt-1 text-sm text-[var(--muted-fg)]">
        {t('speakers.stats', { quotes: data.quotes, articles: data.articles })}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Link
          to={paths.library.href({ speaker: data.name })}
          className="text-[var(--accent)] underline"
        >
          {t('speaker.inLibrary', { name: data.name })}
        </Link>
        <ExportQuotes
          className="export-compact"
          name={data.name}
          quotes={async () =>
            quotesFromArticles(
              data.allIds === undefined
                ? data.ids
                : (await fetchSpeakersFile<SpeakerIdsFile>(data.allIds)).ids,
              (id) => httpSource.article(id),
              (id) => `${absoluteUrl(paths.reader.href(id))}/`,
              data.name,
            )
          }
        />
      </div>
      <ol className="mt-6 space-y-6" aria-label={t('speaker.quotesLabel', { name: data.name })}>
        {data.shown.map(({ article, quotes }) => (
          <li key={article.id} className="border-t border-[var(--rule)] pt-4">
            <h2 className="font-serif text-lg leading-snug font-semibold" lang={article.lang}>
              <Link
                to={paths.reader.href(article.id)}
                className="text-[var(--accent)] underline underline-offset-2"
              >
                {article.title}
              </Link>
            </h2>
            <p className="text-sm text-[var(--muted-fg)]">
              {[
                article.outlet ?? article.dateline,
                article.published === undefined
                  ? undefined
                  : formatDate(article.published, locale, 'medium'),
              ]
                .filter((part) => part !== undefined)
                .join(' · ')}
            </p>
            <ul className="mt-2 space-y-3">
              {quotes.map((quote) => (
                <li key={`${quote.paragraph}-${quote.index}`}>
                  <blockquote
                    className="border-l-4 border-[var(--rule)] pl-3 font-serif"
                    lang={article.lang}
                  >
                    {quote.text}
                  </blockquote>
                  <Link
                    to={paths.reader.quote(article.id, quote.paragraph, quote.index)}
                    className="mt-1 inline-block py-0.5 text-sm text-[var(--accent)] underline"
                  >
                    {t('speaker.showInArticle')}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {data.more && (
        <p className="mt-6">
          <Link
            to={`?page=${String(data.page + 1)}`}
            preventScrollReset
            className="export-button inline-flex items-center"
          >
            {t('speaker.more')}
          </Link>
        </p>
      )}
    </main>
  );
}
