import { Link } from 'react-router';
import { TITLE_SUFFIX, useDocumentTitle } from '../lib/use-document-title.ts';
import { paths } from '../config/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** A real "not found" page with a way back. */
export function NotFoundRoute() {
  const { t } = useI18n();
  useDocumentTitle(`${t('notFound.title')}${TITLE_SUFFIX}`);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">{t('notFound.title')}</h1>
      <p className="mt-4 text-[var(--muted-fg)]">{t('notFound.body')}</p>
      <p className="mt-8">
        <Link to={paths.library.href()} className="text-[var(--accent)] underline">
          {t('notFound.back')}
        </Link>
      </p>
    </main>
  );
}
