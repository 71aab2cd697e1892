// Vite plugin: runs the pipeline over the seeds folder at dev and build time. In dev it
// serves the article JSON from memory and reloads the page when a seed changes; in a build
// it emits `data/index.json`, the list's shards (`data/list/`), the search index
// (`data/search/`) and `data/articles/<id>.json` next to the app.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { mapBounded } from './seeds.ts';
import type { Article } from '../pipeline/index.ts';
import { toJson, type Library } from './library.ts';
import { loadLibrary, type Remembered } from './load.ts';
import { buildSearchFiles } from './search-index.ts';
import { SEARCH_DIR, SEARCH_MANIFEST } from '../config/search.ts';
import { buildListFiles } from './list-files.ts';
import { LIST_DIR } from '../config/list.ts';
import { SPEAKERS_DIR } from '../config/speakers.ts';
import { buildSpeakerFiles } from './speaker-files.ts';

/** Where the app finds the data, relative to the base URL. */
export const DATA_DIR = 'data';

export interface BacaArticlesOptions {
  /** Folder of raw seed files. */
  seedsDir: string;
  /** Called with the built library (used by the prerender step). */
  onLibrary?: (library: Library) => void;
}

const SEARCH_PREFIX = `${DATA_DIR}/${SEARCH_DIR}/`;

/** Each article's JSON, kept while the article object lives (dev rebuilds reuse unchanged ones). */
const jsonOf = new WeakMap<Article, string>();
function articleJson(article: Article): string {
  let json = jsonOf.get(article);
  if (json === undefined) {
    json = toJson(article);
    jsonOf.set(article, json);
  }
  return json;
}

/** The search index's files (manifest and shards), keyed by their path under the base URL. */
function searchFiles(library: Library): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, json] of buildSearchFiles(library.articles)) {
    files.set(`${DATA_DIR}/${name}`, json);
  }
  return files;
}

/** The index in one file, the list's and the speakers' shards, keyed by their path under the base URL. */
function listFiles(library: Library): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${DATA_DIR}/index.json`, toJson(library.index));
  for (const [name, json] of buildListFiles(library.index)) files.set(`${DATA_DIR}/${name}`, json);
  for (const [name, json] of buildSpeakerFiles(library.index))
    files.set(`${DATA_DIR}/${name}`, json);
  return files;
}

/**
 * The files the dev server answers from memory, keyed by their path under the base URL: the
 * index, the list and every article. The search index is built when first asked (at 10,000
 * articles it takes seconds, and most edits are not followed by a search).
 */
function devFiles(library: Library): Map<string, string> {
  const files = listFiles(library);
  for (const article of library.articles) files.set(articlePath(article), articleJson(article));
  return files;
}

const articlePath = (article: Article): string => `${DATA_DIR}/articles/${article.id}.json`;
/** Article files written at once in a build: enough to keep the disk busy, few open files. */
const WRITE_CONCURRENCY = 16;

/**
 * A build writes each article's JSON straight to `outDir` as it serialises it, instead of
 * handing the bundler 100,000 strings to hold until the end: memory stays that of one file.
 * The index and the list's shards (tens of megabytes at 100,000 articles) are written the
 * same way, one after another.
 */
async function writeDataFiles(library: Library, outDir: string): Promise<void> {
  await mkdir(path.join(outDir, DATA_DIR, 'articles'), { recursive: true });
  await mkdir(path.join(outDir, DATA_DIR, LIST_DIR), { recursive: true });
  await mkdir(path.join(outDir, DATA_DIR, SPEAKERS_DIR), { recursive: true });
  await writeFile(path.join(outDir, DATA_DIR, 'index.json'), toJson(library.index));
  for (const files of [buildListFiles(library.index), buildSpeakerFiles(library.index)]) {
    for (const [name, json] of files) await writeFile(path.join(outDir, DATA_DIR, name), json);
  }
  await mapBounded(library.articles, WRITE_CONCURRENCY, (article) =>
    writeFile(path.join(outDir, articlePath(article)), toJson(article)),
  );
}

export function bacaArticles(options: BacaArticlesOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  let library: Library | null = null;
  let files = new Map<string, string>();
  let base = '/';
  let outDir = 'dist';
  // Results by file, kept across the dev server's rebuilds: an edit re-parses one seed.
  const memory = new Map<string, Remembered>();
  /** True under the dev server, which builds the search index on demand. */
  let serving = false;

  async function rebuild(log: (message: string) => void, info: (message: string) => void) {
    const loaded = await loadLibrary(seedsDir, { memory });
    library = loaded.library;
    // A build emits only the search index through the bundler; the rest is written to disk.
    files = serving ? devFiles(library) : searchFiles(library);
    for (const problem of library.problems) log(problem);
    const { seeds, parsed, fromCache, milliseconds } = loaded.stats;
    info(
      `baca: ${library.articles.length} ${library.articles.length === 1 ? 'article' : 'articles'} from ${seeds} ${seeds === 1 ? 'seed' : 'seeds'} in ${(milliseconds / 1000).toFixed(1)} s (${parsed} parsed, ${fromCache} from cache)`,
    );
    options.onLibrary?.(library);
  }

  return {
    name: 'baca-articles',
    configResolved(config) {
      base = config.base;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      this.addWatchFile(seedsDir);
      await rebuild(
        (message) => this.warn(message),
        (message) => this.info(message),
      );
    },
    configureServer(server: ViteDevServer) {
      serving = true;
      server.watcher.add(seedsDir);
      const onChange = (file: string): void => {
        if (!path.resolve(file).startsWith(seedsDir)) return;
        void rebuild(
          (message) => server.config.logger.warn(message),
          (message) => server.config.logger.info(message),
        ).then(() => {
          server.ws.send({ type: 'full-reload' });
        });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const key = decodeURIComponent(url.startsWith(base) ? url.slice(base.length) : url);
        if (key.startsWith(SEARCH_PREFIX) && !files.has(key) && library !== null) {
          const built = library;
          if (!files.has(`${DATA_DIR}/${SEARCH_MANIFEST}`))
            for (const [name, json] of searchFiles(built)) files.set(name, json);
        }
        const body = files.get(key);
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of files) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    // Before the service worker is generated (closeBundle), which lists these files.
    async writeBundle() {
      if (library !== null) await writeDataFiles(library, outDir);
    },
  };
}

const STYLESHEET = /<link rel="stylesheet"[^>]*>\s*/gu;
const FIRST_SCRIPT = /<script type="module"|<link rel="modulepreload"/u;

/**
 * The page head in the order that paints soonest: the stylesheet first (it blocks rendering;
 * module preloads only compete with it for bandwidth), then the reading font's most used
 * files (latin, regular and bold: body and headline) as preloads, so the text is first painted
 * in it instead of swapped into it later, which moved the page on slow connections. Other
 * subsets still load through `unicode-range`.
 */
export function orderHead(
  base: string,
  pattern = /literata-latin-(?:400|700)-normal-[\w-]+\.woff2$/u,
): Plugin {
  return {
    name: 'baca-order-head',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const fonts = Object.keys(context.bundle ?? {})
          .filter((name) => pattern.test(name))
          .map(
            (file) =>
              `<link rel="preload" as="font" type="font/woff2" href="${base}${file}" crossorigin>`,
          );
        const sheets = html.match(STYLESHEET) ?? [];
        const rest = html.replace(STYLESHEET, '');
        const at = rest.search(FIRST_SCRIPT);
        if (at < 0) return html;
        const head = [...sheets.map((sheet) => sheet.trim()), ...fonts].join('\n    ');
        return `${rest.slice(0, at)}${head}\n    ${rest.slice(at)}`;
      },
    },
  };
}
