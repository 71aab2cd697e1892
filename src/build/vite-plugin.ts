// Vite plugin: runs the pipeline over the seeds folder at dev and build time. In dev it
// serves the article JSON from memory and reloads the page when a seed changes; in a build
// it emits `data/index.json` and `data/articles/<id>.json` next to the app.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { toJson, type Library } from './library.ts';
import { loadLibrary, type Remembered } from './load.ts';
import { buildSearchIndex, SEARCH_INDEX_FILE } from './search-index.ts';

/** Where the app finds the data, relative to the base URL. */
export const DATA_DIR = 'data';

export interface BacaArticlesOptions {
  /** Folder of raw seed files. */
  seedsDir: string;
  /** Called with the built library (used by the prerender step). */
  onLibrary?: (library: Library) => void;
}

/** The files the app fetches, keyed by their path under the base URL. */
export function libraryFiles(library: Library): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${DATA_DIR}/index.json`, toJson(library.index));
  files.set(`${DATA_DIR}/${SEARCH_INDEX_FILE}`, buildSearchIndex(library.articles));
  for (const article of library.articles) {
    files.set(`${DATA_DIR}/articles/${article.id}.json`, toJson(article));
  }
  return files;
}

export function bacaArticles(options: BacaArticlesOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  let library: Library | null = null;
  let files = new Map<string, string>();
  let base = '/';
  // Results by file, kept across the dev server's rebuilds: an edit re-parses one seed.
  const memory = new Map<string, Remembered>();

  async function rebuild(log: (message: string) => void, info: (message: string) => void) {
    const loaded = await loadLibrary(seedsDir, { memory });
    library = loaded.library;
    files = libraryFiles(library);
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
    },
    async buildStart() {
      this.addWatchFile(seedsDir);
      await rebuild(
        (message) => this.warn(message),
        (message) => this.info(message),
      );
    },
    configureServer(server: ViteDevServer) {
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
  };
}
