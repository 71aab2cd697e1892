// Vite plugin: after the client bundle is written, render every route to static HTML
// (`index.html`, `articles/<id>/index.html`, `404.html`) plus an empty `shell.html` the service
// worker falls back to, `robots.txt` and `sitemap.xml`. Runs before vite-plugin-pwa builds
// the service worker (closeBundle), so the pages are precached.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, readFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { paths } from '../config/paths.ts';
import type { Library } from './library.ts';
import { contentSecurityPolicy, fillTemplate, withHead } from './html-page.ts';
import { cacheDirFromEnv, dropOtherVersions } from './load.ts';
import { mapBounded } from './seeds.ts';
import type { SpeakerCard } from '../config/speakers.ts';
import { speakerCards } from '../data/speaker-cards.ts';

export interface PrerenderOptions {
  /** The library the articles plugin built (read when the bundle is written). */
  library: () => Library | null;
  /** Absolute site origin for canonical URLs and the sitemap, e.g. https://baca.example. */
  siteUrl: string;
}

const RENDER_ENTRY = '/src/app/prerender-entry.tsx';
/**
 * Articles embedded in the prerendered library page of a large library: two phone screens
 * and more (the rest arrives when the reader scrolls, types or taps), so the page stays small
 * enough to paint early on a slow connection.
 */
const PRERENDER_INDEX_ARTICLES = 24;
const BOOT_ENTRY = '/src/features/settings/boot-script.ts';
/** Pages written (or copied from the cache) at the same time. */
const WRITE_CONCURRENCY = 16;
/** Files whose code shapes a page beyond the client bundle (whose hashes are in the template). */
const RENDER_FILES = ['../app/prerender-entry.tsx', 'prerender.ts', 'html-page.ts'];

/**
 * The folder of cached article pages for this template and site: the template names the
 * client bundle's hashed files, so any change to the app's code starts a new folder.
 */
function pageCacheDir(root: string, inputs: readonly string[]): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const file of RENDER_FILES) hash.update(readFileSync(path.resolve(here, file))).update('\0');
  for (const input of inputs) hash.update(input).update('\0');
  return path.join(root, 'pages', hash.digest('hex').slice(0, 16));
}

/** The key of one article's page: the article and the neighbours its page links to. */
function pageKey(library: Library, at: number): string {
  const article = library.articles[at];
  const { articles } = library.index;
  return createHash('sha256')
    .update(JSON.stringify([article, articles[at - 1] ?? null, articles[at + 1] ?? null]))
    .digest('hex');
}

interface RenderModule {
  createRenderer: (
    index: Library['index'],
    articles: Library['articles'],
    basename: string,
    speakers?: readonly SpeakerCard[],
  ) => (url: string) => Promise<{ html: string; status: number }>;
}

export function bacaPrerender(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'baca-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const library = options.library();
      if (library === null) throw new Error('prerender: the articles plugin produced no library');
      const outDir = path.resolve(config.root, config.build.outDir);
      const base = config.base;
      const basename = base.replace(/\/$/, '') || '/';
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      // A throwaway Vite server compiles the app's TSX for Node (SSR), without HMR or listening.
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
        define: config.define ?? {},
      });
      try {
        const { createRenderer } = (await server.ssrLoadModule(RENDER_ENTRY)) as RenderModule;
        const boot = await loadBootScript(server);
        // Large libraries embed only their first articles in the prerendered library page (the
        // router's hydration data would otherwise carry the whole index, megabytes at 10,000).
        const index =
          library.index.articles.length > PRERENDER_INDEX_ARTICLES
            ? {
                ...library.index,
                partial: true as const,
                total: library.index.articles.length,
                articles: library.index.articles.slice(0, PRERENDER_INDEX_ARTICLES),
              }
            : library.index;
        const render = createRenderer(
          index,
          library.articles,
          basename,
          speakerCards(library.index.articles),
        );
        const site = options.siteUrl.replace(/\/$/, '') + base;
        const write = async (route: string, html: string): Promise<void> => {
          const file = path.join(outDir, route);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, html);
        };

        const home = await render(base);
        await write(
          'index.html',
          fillTemplate(
            template,
            {
              title: 'Baca',
              description: 'News to read offline, with every quotation and its speaker.',
              url: site,
              type: 'website',
            },
            home.html,
            boot,
          ),
        );
        // Article pages: taken from the cache when the article, its neighbours and the app are
        // unchanged (a rebuild after adding one seed renders one page, not all of them).
        const root = cacheDirFromEnv();
        const cacheDir =
          root === null ? null : pageCacheDir(root, [template, boot, site, basename]);
        if (root !== null && cacheDir !== null)
          await dropOtherVersions(path.join(root, 'pages'), path.basename(cacheDir));
        await mapBounded(library.articles, WRITE_CONCURRENCY, async (article, at) => {
          const href = paths.reader.href(article.id);
          const route = path.join(href.slice(1), 'index.html');
          const key = cacheDir === null ? null : pageKey(library, at);
          const cacheFile = key === null ? null : path.join(cacheDir ?? '', `${key}.html`);
          // A cached page is copied by the kernel, never decoded (10,000 pages in a rebuild).
          if (cacheFile !== null) {
            const file = path.join(outDir, route);
            const copied = await mkdir(path.dirname(file), { recursive: true })
              // A hard link costs no copying; another file system (or no links) falls back to a copy.
              .then(() => link(cacheFile, file).catch(() => copyFile(cacheFile, file)))
              .then(
                () => true,
                () => false,
              );
            if (copied) return;
          }
          const page = await render(`${basename === '/' ? '' : basename}${href}`);
          const meta = {
            title: `${article.title} — Baca`,
            description: article.excerpt,
            url: `${site}${href.slice(1)}/`,
            lang: article.lang,
            type: 'article' as const,
            ...(article.published !== undefined ? { published: article.published } : {}),
          };
          const html = fillTemplate(template, meta, page.html, boot);
          await write(route, html);
          if (cacheFile !== null) {
            // Only saves time: a cache that cannot be written never fails the build. The page
            // just written is linked into the cache (no second write; a link appears whole or
            // not at all); across file systems it is written beside and renamed into place.
            const partial = `${cacheFile}.${process.pid}.partial`;
            await mkdir(path.dirname(cacheFile), { recursive: true })
              .then(() => link(path.join(outDir, route), cacheFile))
              .catch(() => writeFile(partial, html).then(() => rename(partial, cacheFile)))
              .catch(() => undefined);
          }
        });
        // 404.html answers any unknown path, so it carries no route data: the app renders the
        // real URL from scratch instead of hydrating the /404 route.
        const speakers = await render(
          `${basename === '/' ? '' : basename}${paths.speakers.href()}`,
        );
        await write(
          path.join(paths.speakers.href().slice(1), 'index.html'),
          fillTemplate(
            template,
            {
              title: 'Speakers — Baca',
              description: 'Everyone quoted across the library.',
              url: `${site}${paths.speakers.href().slice(1)}/`,
              type: 'website',
            },
            speakers.html,
            boot,
          ),
        );
        const missing = await render(`${basename === '/' ? '' : basename}/404`);
        missing.html = missing.html.replace(
          /<script>window\.__staticRouterHydrationData[\s\S]*?<\/script>/,
          '',
        );
        await write(
          '404.html',
          fillTemplate(
            template,
            {
              title: 'Not found — Baca',
              description: 'There is nothing at this address.',
              url: `${site}404.html`,
              type: 'website',
            },
            missing.html,
            boot,
          ),
        );
        // The shell renders nothing itself: the app starts and routes on the client.
        await write(
          'shell.html',
          withHead(template, contentSecurityPolicy(boot.length > 0 ? [boot] : []), boot),
        );
        await write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`);
        await write('sitemap.xml', sitemap(site, library));
      } finally {
        await server.close();
      }
    },
  };
}

async function loadBootScript(server: Awaited<ReturnType<typeof createServer>>): Promise<string> {
  if (!existsSync(path.join(server.config.root, BOOT_ENTRY))) return '';
  try {
    const module = (await server.ssrLoadModule(BOOT_ENTRY)) as { bootScript?: () => string };
    return module.bootScript?.() ?? '';
  } catch {
    return '';
  }
}

function sitemap(site: string, library: Library): string {
  const urls = [
    `  <url><loc>${site}</loc></url>`,
    ...library.articles.map(
      (article) =>
        `  <url><loc>${site}${paths.reader.href(article.id).slice(1)}/</loc>${article.published ? `<lastmod>${article.published}</lastmod>` : ''}</url>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
