import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SpeakerStat } from '../../data/speaker-stats.ts';
import type { Quoting } from './quoting-articles.ts';

interface SpeakerEntryProps {
  speaker: SpeakerStat;
  /** The first few articles quoting them. */
  quoting: readonly Quoting[];
}

/** A person quoted (the list around it makes it an item): their name (to their page with every quote), counts and latest articles. */
export function SpeakerEntry({ speaker, quoting }: SpeakerEntryProps) {
  const { t } = useI18n();
  return (
    <div className="border-b border-[var(--rule)] py-3">
      <h2 className="text-lg font-semibold">
        <Link to={paths.speaker.href(speaker.name)} className="underline underline-offset-2">
          {speaker.name}
        </Link>
      </h2>
      {speaker.fullName !== undefined && <p>{speaker.fullName}</p>}
      <p className="text-sm text-[var(--muted-fg)]">
        {t('speakers.stats', { quotes: speaker.quotes, articles: speaker.articles })}
      </p>
      <ul className="mt-1 space-y-0.5" aria-label={t('speakers.articles', { name: speaker.name })}>
        {quoting.map(({ article, quotes }) => (
          <li key={article.id} lang={article.lang}>
            <Link
              to={paths.reader.href(article.id)}
              className="text-[var(--accent)] underline underline-offset-2"
            >
              {article.title}
            </Link>{' '}
            <span className="text-sm text-[var(--muted-fg)]">
              ({t('article.quotes', { count: quotes })})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
