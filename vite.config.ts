import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Library } from './src/build/library.ts';
import {
  ARTICLE_CACHE,
  RUNTIME_CACHE_ENTRIES,
  shouldPrecacheAll,
  shouldPrecacheList,
} from './src/build/offline-policy.ts';
import { bacaPrerender } from './src/build/prerender.ts';
import { bacaArticles, orderHead } from './src/build/vite-plugin.ts';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const base = process.env.BASE_PATH ?? '/';
/** Absolute origin used for canonical URLs and the sitemap. */
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4173';
const precacheAll = shouldPrecacheAll(seedsDir);
const precacheList = precacheAll || shouldPrecacheList(seedsDir);
/** Font files of scripts no article language here uses: fetched (and then cached) on need. */
const FONT_SUBSETS_ONLINE = ['greek', 'greek-ext', 'vietnamese', 'cyrillic-ext'].map(
  (subset) => `assets/*-${subset}-*.woff2`,
);
let library: Library | null = null;

export default defineConfig({
  base,
  define: {
    __BACA_PRECACHE_ALL__: JSON.stringify(precacheAll),
  },
  plugins: [
    react(),
    tailwindcss(),
    bacaArticles({ seedsDir, onLibrary: (built) => (library = built) }),
    bacaPrerender({ library: () => library, siteUrl }),
    orderHead(base),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // A file over maximumFileSizeToCacheInBytes is skipped with a warning (see below).
      showMaximumFileSizeToCacheInBytesWarning: true,
      includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon-180x180.png', 'robots.txt'],
      manifest: {
        name: 'Baca — news to read offline',
        short_name: 'Baca',
        description: 'Read news offline, with every quotation and its speaker highlighted.',
        lang: 'en',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: '#1f2937',
        background_color: '#fbfaf7',
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,ico,png,svg,woff2,json,txt,xml}'],
        // Fonts: the scripts of the article languages Baca reads (latin, latin-ext, cyrillic)
        // are kept for offline; other subsets load if a page needs them (see runtimeCaching).
        globIgnores: [
          ...FONT_SUBSETS_ONLINE,
          // For crawlers, not readers (14.8 MB at 100,000 articles).
          'sitemap.xml',
          // The Speakers page's A–Z copy, letter and name files: cached as a view fetches them (and by
          // "Save all for offline"); offline without them the page uses the shards below.
          'data/speakers/az-*.json',
          'data/speakers/find-*.json',
          'data/speakers/letter-*.json',
          'data/speakers/crowd-*.json',
          // Large libraries: the search manifest is precached, its shards cached as queries
          // fetch them (and by "Save all for offline").
          ...(precacheAll ? [] : ['articles/**', 'data/articles/**', 'data/search/[0-9]*.json']),
          // The app reads the list from its shards (data/list/); the whole index in one file
          // is for other tools. Very large libraries cache the shards the reader reaches.
          ...(precacheAll ? [] : ['data/index.json']),
          ...(precacheList
            ? []
            : [
                'data/list/[0-9]*.json',
                'data/list/facet-*.json',
                'data/list/ids-*.json',
                'data/speakers/[0-9]*.json',
                'data/speakers/names-*.json',
                'data/speakers/ids-*.json',
              ]),
        ],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'shell.html',
        navigateFallbackDenylist: [/\/data\//],
        cleanupOutdatedCaches: true,
        // First visit: control the page at once. Updates wait for the reader's "reload".
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('.woff2'),
            handler: 'CacheFirst',
            options: { cacheName: 'baca-fonts', expiration: { maxEntries: 40 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.includes('/data/'),
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: ARTICLE_CACHE,
              expiration: { maxEntries: RUNTIME_CACHE_ENTRIES },
            },
          },
        ],
      },
    }),
  ],
  build: {
    // Fonts stay files: a data: URL would break the Content-Security-Policy (font-src 'self')
    // and could not be cached on its own.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    target: 'es2022',
    // Deterministic output: no timestamps or absolute paths in the bundle.
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
