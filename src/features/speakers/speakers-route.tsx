import { useMemo } from 'react';
import { TITLE_SUFFIX, useDocumentTitle } from '../../lib/use-document-title.ts';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useLibraryIndex } from '../../data/use-library-index.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { speakerStats } from '../../data/speaker-stats.ts';
import { groupQuotingArticles } from './quoting-articles.ts';
import { SpeakerEntry } from './speaker-entry.tsx';

/** Articles listed under each speaker; the filtered library shows the rest. */
const LISTED_ARTICLES = 5;

/** Everyone quoted across the library, with counts, linking to the articles quoting them. */
export function SpeakersRoute() {
  const index = useLibraryIndex();
  const speakers = speakerStats(index);
  const quoting = useMemo(() => groupQuotingArticles(index.articles, LISTED_ARTICLES), [index]);
  const idsBySpeaker = useMemo(() => {
    const ids = new Map<string, string[]>();
    for (const article of index.articles)
      for (const [name] of article.speakers) {
        const list = ids.get(name) ?? [];
        list.push(article.id);
        ids.set(name, list);
      }
    return ids;
  }, [index]);
  const { t } = useI18n();
  useDocumentTitle(`${t('speakers.title')}${TITLE_SUFFIX}`);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link to={paths.library.href()} className="text-[var(--accent)] underline">
          {t('speakers.back')}
        </Link>
      </p>
      <h1 className="mt-4 font-serif text-3xl font-bold">{t('speakers.title')}</h1>
      <p className="mt-1 text-[var(--muted-fg)]">{t('speakers.intro')}</p>
      <p className="mt-1 text-sm text-[var(--muted-fg)]">
        {t('speakers.count', { count: speakers.length })}
      </p>
      {speakers.length === 0 ? (
        <p className="mt-8">{t('speakers.empty')}</p>
      ) : (
        <ul className="mt-6">
          {speakers.map((speaker) => (
            <SpeakerEntry
              key={speaker.name}
              speaker={speaker}
              quoting={quoting.get(speaker.name) ?? []}
              articleIds={idsBySpeaker.get(speaker.name) ?? []}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
