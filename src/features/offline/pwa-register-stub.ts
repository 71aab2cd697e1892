// Stand-in for vite-plugin-pwa's `virtual:pwa-register/react` where no service worker can
// exist: prerendering in Node and component tests. The browser build uses the real module.
import { useState } from 'react';

export function useRegisterSW() {
  return {
    needRefresh: useState(false),
    offlineReady: useState(false),
    updateServiceWorker: () => Promise.resolve(),
  };
}
