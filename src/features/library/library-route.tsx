import { useLoaderData } from 'react-router';
import type { LibraryIndex } from '../../data/types.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ArticleCard } from './article-card.tsx';

/** The library: every article, newest first. */
export function LibraryRoute() {
  const index = useLoaderData<LibraryIndex>();
  const { t } = useI18n();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{t('library.title')}</h1>
      <p className="mt-1 text-sm text-[var(--muted-fg)]">
        {t('library.count', { count: index.articles.length })}
      </p>
      {index.articles.length === 0 ? (
        <section className="mt-10">
          <h2 className="text-xl font-semibold">{t('library.empty.title')}</h2>
          <p className="mt-2">{t('library.empty.body')}</p>
        </section>
      ) : (
        <div className="mt-4">
          {index.articles.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </div>
      )}
    </main>
  );
}
