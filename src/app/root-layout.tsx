import { Link, Outlet } from 'react-router';
import { paths } from '../config/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { LocaleSwitcher } from '../ui/locale-switcher.tsx';
import { SkipLink } from '../ui/skip-link.tsx';

/** Page frame: skip link, header with the app name and language switcher, then the route. */
export function RootLayout() {
  const { t } = useI18n();
  return (
    <>
      <SkipLink label={t('nav.skip')} />
      <header className="border-b border-[var(--rule)]">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link to={paths.library.href()} className="font-serif text-xl font-bold no-underline">
            {t('app.name')}
          </Link>
          <LocaleSwitcher />
        </div>
      </header>
      <Outlet />
    </>
  );
}
