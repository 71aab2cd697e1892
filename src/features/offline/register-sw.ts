// Registers the service worker the build writes (`sw.js`, vite-plugin-pwa) with the browser's
// own API: "ready offline" after the first install, "update available" when a new version
// waits, and a reload into it when the reader asks. It does what workbox-window did for the
// app in a twentieth of the bytes, off the first page's budget.
import { useEffect, useState } from 'react';

export interface RegisterOptions {
  onRegisteredSW?: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
}

/** Asks a waiting worker to take over (the generated `sw.js` listens for this message). */
const SKIP_WAITING = { type: 'SKIP_WAITING' };

/**
 * The same shape as vite-plugin-pwa's `useRegisterSW` (React): whether a new version waits,
 * whether the app was just cached for offline, and a function that switches to the new version.
 */
export function useRegisterSW(options: RegisterOptions = {}) {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  const [registration, setRegistration] = useState<ServiceWorkerRegistration | null>(null);
  const [, setNeedRefresh] = needRefresh;
  const [, setOfflineReady] = offlineReady;
  const { onRegisteredSW } = options;
  useEffect(() => {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    const url = `${import.meta.env.BASE_URL}sw.js`;
    let active = true;
    // A new version waits: say so, and once it takes over (the reader pressed "Reload" here
    // or in another tab) load the page again, so that no tab runs old code against the new
    // worker's caches.
    const waiting = (): void => {
      if (!active) return;
      setNeedRefresh(true);
      container.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
    };
    // A worker that finished installing: the first one makes the app work offline; a later
    // one (another is active) is a new version.
    const watch = (registration: ServiceWorkerRegistration, worker: ServiceWorker | null): void => {
      const hadActive = registration.active !== null;
      worker?.addEventListener('statechange', () => {
        if (worker.state !== 'installed' || !active) return;
        if (hadActive) waiting();
        else setOfflineReady(true);
      });
    };
    container
      .register(url, { scope: import.meta.env.BASE_URL })
      .then((found) => {
        if (!active) return;
        setRegistration(found);
        onRegisteredSW?.(url, found);
        if (found.waiting !== null && found.active !== null) waiting();
        watch(found, found.installing);
        found.addEventListener('updatefound', () => watch(found, found.installing));
      })
      .catch(() => onRegisteredSW?.(url, undefined));
    return () => {
      active = false;
    };
    // Registered once, as the plugin's hook does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const updateServiceWorker = (reload = true): Promise<void> => {
    const waitingWorker = registration?.waiting;
    // Already taken over (from another tab): the page only needs loading again.
    if (waitingWorker === null || waitingWorker === undefined) {
      if (reload) window.location.reload();
      return Promise.resolve();
    }
    waitingWorker.postMessage(SKIP_WAITING);
    return Promise.resolve();
  };
  return { needRefresh, offlineReady, updateServiceWorker };
}
