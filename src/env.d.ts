/** True when the build precached every article (small library); set in vite.config.ts. */
declare const __BACA_PRECACHE_ALL__: boolean;
