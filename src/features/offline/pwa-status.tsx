import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useOnline } from './use-online.ts';

/** Hourly check for a new version while the app stays open. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Service worker status for the reader: offline indicator, "ready to read offline" once
 * cached, and "update available — reload" (never reloads by itself under a reader).
 */
export function PwaStatus() {
  const { t } = useI18n();
  const online = useOnline();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration === undefined) return;
      setInterval(() => void registration.update(), UPDATE_CHECK_MS);
    },
  });
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex flex-col items-center gap-2 px-4"
    >
      {!online && (
        <p className="pointer-events-auto rounded-md bg-[var(--page-fg)] px-4 py-2 text-sm text-[var(--page-bg)] shadow">
          {t('offline.status')}
        </p>
      )}
      {needRefresh && (
        <div className="pointer-events-auto flex items-center gap-3 rounded-md bg-[var(--page-fg)] px-4 py-2 text-sm text-[var(--page-bg)] shadow">
          <span>{t('offline.update')}</span>
          <button
            type="button"
            className="rounded bg-[var(--page-bg)] px-3 py-1 font-semibold text-[var(--page-fg)]"
            onClick={() => void updateServiceWorker(true)}
          >
            {t('offline.reload')}
          </button>
          <button type="button" className="underline" onClick={() => setNeedRefresh(false)}>
            {t('offline.dismiss')}
          </button>
        </div>
      )}
      {offlineReady && !needRefresh && (
        <div className="pointer-events-auto flex items-center gap-3 rounded-md bg-[var(--page-fg)] px-4 py-2 text-sm text-[var(--page-bg)] shadow">
          <span>{t('offline.ready')}</span>
          <button type="button" className="underline" onClick={() => setOfflineReady(false)}>
            {t('offline.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
