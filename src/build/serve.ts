// A plain static file server for the production build (what a CDN does): files as they are,
// `route/` → `route/index.html`, unknown paths → `404.html` with status 404. No rewrites.
// Gzip when the client accepts it; cache headers as documented in docs/DEPLOY.md.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt|xml)$/;

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

function cacheControl(file: string): string {
  if (/[/\\]assets[/\\]/.test(file)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Resolves a URL path to a file under `root`, or null. Never escapes `root`. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, 'index.html');
  return (await isFile(index)) ? index : null;
}

export function startServer(root: string, port: number, base = '/'): Promise<Server> {
  const absolute = path.resolve(root);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = url.pathname;
      if (base !== '/' && pathname.startsWith(base)) pathname = `/${pathname.slice(base.length)}`;
      let file = await resolveFile(absolute, pathname);
      let status = 200;
      if (file === null) {
        status = 404;
        file = (await isFile(path.join(absolute, '404.html')))
          ? path.join(absolute, '404.html')
          : null;
      }
      if (file === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const ext = path.extname(file);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(file),
        Vary: 'Accept-Encoding',
      };
      if (path.basename(file) === 'sw.js') headers['Service-Worker-Allowed'] = base;
      const gzip =
        COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      if (req.method === 'HEAD') return res.end();
      const stream = createReadStream(file);
      (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
    })();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4173' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const port = Number(values.port);
  void startServer(values.dir, port, values.base).then(() => {
    console.log(`Baca is being served at http://localhost:${port}${values.base}  (Ctrl+C to stop)`);
  });
}
