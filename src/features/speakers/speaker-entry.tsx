import { Link } from 'react-router';
import { absoluteUrl, paths } from '../../config/paths.ts';
import { quotesFromArticles } from '../../data/quote-export.ts';
import { httpSource } from '../../data/source.ts';
import { ExportQuotes } from '../../ui/export-quotes.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SpeakerStat } from '../../data/speaker-stats.ts';
import type { Quoting } from './quoting-articles.ts';

interface SpeakerEntryProps {
  speaker: SpeakerStat;
  /** The first few articles quoting them. */
  quoting: readonly Quoting[];
  /** Every article quoting them, for the export. */
  articleIds: readonly string[];
}

/** A person quoted: counts, their most-quoting articles and a link to all of them. */
export function SpeakerEntry({ speaker, quoting, articleIds }: SpeakerEntryProps) {
  const { t } = useI18n();
  return (
    <li className="border-b border-[var(--rule)] py-4">
      <h2 className="text-lg font-semibold">{speaker.name}</h2>
      <p className="text-sm text-[var(--muted-fg)]">
        {t('speakers.stats', { quotes: speaker.quotes, articles: speaker.articles })}
      </p>
      <ul className="mt-2 space-y-1" aria-label={t('speakers.articles', { name: speaker.name })}>
        {quoting.map(({ article, quotes }) => (
          <li key={article.id} lang={article.lang}>
            <Link to={paths.reader.href(article.id)} className="hover:underline">
              {article.title}
            </Link>{' '}
            <span className="text-sm text-[var(--muted-fg)]">
              ({t('article.quotes', { count: quotes })})
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link
          to={paths.library.href({ speaker: speaker.name })}
          className="text-[var(--accent)] underline"
        >
          {t('speakers.showAll', { count: speaker.articles, name: speaker.name })}
        </Link>
      </p>
      <ExportQuotes
        className="mt-2"
        name={speaker.name}
        quotes={() =>
          quotesFromArticles(
            articleIds,
            (id) => httpSource.article(id),
            (id) => `${absoluteUrl(paths.reader.href(id))}/`,
            speaker.name,
          )
        }
      />
    </li>
  );
}
