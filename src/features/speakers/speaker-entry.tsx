import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { SpeakerCard } from '../../config/speakers.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/**
 * A person quoted (the list around it makes it an item): their name (to their page with every
 * quote), counts and latest articles. Undefined while its shard is downloading: a placeholder.
 */
export function SpeakerEntry({ speaker }: { speaker: SpeakerCard | undefined }) {
  const { t } = useI18n();
  if (speaker === undefined) {
    return (
      <div aria-busy="true" className="border-b border-[var(--rule)] py-3">
        <p className="text-sm text-[var(--muted-fg)]">{t('speakers.loadingRow')}</p>
        <div className="mt-2 h-12 rounded bg-[var(--rule)] opacity-50" aria-hidden="true" />
      </div>
    );
  }
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
        {speaker.latest.map(([id, title, lang, quotes]) => (
          <li key={id} lang={lang}>
            <Link
              to={paths.reader.href(id)}
              className="text-[var(--accent)] underline underline-offset-2"
            >
              {title}
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
