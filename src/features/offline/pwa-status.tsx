import { useEffect, useState } from 'react';
import { useRegisterSW } from './register-sw.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useOnline } from './use-online.ts';

/** Hourly check for a new version while the app stays open. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How long "Ready to read offline" stays in the header. */
export const READY_NOTICE_MS = 5000;

export interface PwaState {
  online: boolean;
  /** "Ready to read offline" is showing (for a few seconds after the first caching). */
  ready: boolean;
  /** "You are offline" is showing (until dismissed or back online). */
  offlineNotice: boolean;
  dismissOffline: () => void;
  /** A new version is waiting. */
  needRefresh: boolean;
  reload: () => void;
  dismissUpdate: () => void;
}

/**
 * The service worker and the network, for the header's indicator and the banner under it:
 * nothing here ever floats over the text.
 */
export function usePwaState(): PwaState {
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
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), READY_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  // Each time the connection drops, the notice shows again.
  const [dismissed, setDismissed] = useState(false);
  const [wasOnline, setWasOnline] = useState(online);
  if (wasOnline !== online) {
    setWasOnline(online);
    if (!online) setDismissed(false);
  }
  return {
    online,
    ready: offlineReady && !needRefresh,
    offlineNotice: !online && !dismissed,
    dismissOffline: () => setDismissed(true),
    needRefresh,
    reload: () => void updateServiceWorker(true),
    dismissUpdate: () => setNeedRefresh(false),
  };
}

/**
 * The header's indicator: "Offline" while the network is gone, "Ready offline" for a few
 * seconds once everything is cached. It sits in the header's free space, so appearing moves
 * nothing else.
 */
export function PwaIndicator({ state }: { state: PwaState }) {
  const { t } = useI18n();
  const chip = 'truncate rounded-full border px-2 py-0.5 text-xs font-medium';
  return (
    <p role="status" aria-live="polite" className="min-w-0">
      {!state.online ? (
        <span className={`${chip} border-[var(--page-fg)]`} title={t('offline.status')}>
          {t('offline.indicator')}
        </span>
      ) : state.ready ? (
        <span className={`${chip} border-[var(--rule)] text-[var(--muted-fg)]`}>
          {t('offline.ready')}
        </span>
      ) : null}
    </p>
  );
}

/** "You are offline" and "Update available": a banner in the page's flow, under the header. */
export function PwaBanner({ state }: { state: PwaState }) {
  const { t } = useI18n();
  if (!state.offlineNotice && !state.needRefresh) return null;
  const bar = 'mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm';
  return (
    <div className="border-b border-[var(--rule)] bg-[var(--surface)]">
      {state.offlineNotice && (
        <div className={bar}>
          <span>{t('offline.status')}</span>
          <button type="button" className="min-h-8 underline" onClick={state.dismissOffline}>
            {t('offline.dismiss')}
          </button>
        </div>
      )}
      {state.needRefresh && (
        <div className={bar}>
          <span>{t('offline.update')}</span>
          <button
            type="button"
            className="min-h-8 rounded bg-[var(--page-fg)] px-3 font-semibold text-[var(--page-bg)]"
            onClick={state.reload}
          >
            {t('offline.reload')}
          </button>
          <button type="button" className="min-h-8 underline" onClick={state.dismissUpdate}>
            {t('offline.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
