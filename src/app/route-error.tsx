import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** Error boundary for routes: a 404 shows the not-found page, anything else a short apology. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">{t('error.title')}</h1>
      <p className="mt-4">{t('error.body')}</p>
    </main>
  );
}
