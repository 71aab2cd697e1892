import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { paths } from '../config/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { SkipLink } from '../ui/skip-link.tsx';
import { useHydrated } from '../lib/use-hydrated.ts';
import { PwaBanner, PwaIndicator, usePwaState } from '../features/offline/pwa-status.tsx';
import { AppMenu } from './app-menu.tsx';
import { RouteAnnouncer } from './route-announcer.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';

const SaveForOffline = lazy(() =>
  import('../features/offline/save-for-offline.tsx').then((m) => ({ default: m.SaveForOffline })),
);

const navClass = ({ isActive }: { isActive: boolean }): string =>
  `inline-block py-1 ${isActive ? 'font-semibold underline underline-offset-4' : 'hover:underline'}`;

/** Page frame: skip link, header with the app name and language switcher, then the route. */
export function RootLayout() {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const pwa = usePwaState();
  return (
    <>
      <SkipLink label={t('nav.skip')} />
      <header className="border-b border-[var(--rule)]">
        <div className="mx-auto flex max-w-5xl items-center gap-x-3 px-4 py-2">
          <Link to={paths.library.href()} className="font-serif text-xl font-bold no-underline">
            {t('app.name')}
          </Link>
          {/* The header's free space: the offline indicator appears here without moving anything. */}
          <div className="flex min-w-0 flex-1 items-center">
            <PwaIndicator state={pwa} />
          </div>
          <nav aria-label={t('nav.main')} className="flex items-center gap-x-4 text-sm">
            <NavLink to={paths.library.href()} end className={navClass}>
              {t('nav.library')}
            </NavLink>
            <NavLink to={paths.speakers.href()} className={navClass}>
              {t('speakers.link')}
            </NavLink>
            <AppMenu />
          </nav>
        </div>
      </header>
      <PwaBanner state={pwa} />
      <Outlet />
      <footer className="mx-auto mt-16 max-w-5xl border-t border-[var(--rule)] px-4 py-6">
        <h2 className="mb-2 text-sm font-semibold">{t('footer.offline')}</h2>
        {hydrated && (
          <Suspense fallback={null}>
            <SaveForOffline />
          </Suspense>
        )}
        <div className="mt-4">
          <ShortcutsDialog />
        </div>
      </footer>
      <RouteAnnouncer />
    </>
  );
}
