// Lighthouse (mobile) against the production build served by the plain static server with
// gzip, fully offline with the system Chromium. Part of `npm run bench`; prints the scores.
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.ts';
import { startServer } from './serve.ts';

const PORT = 4191;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function auditPages(
  dist: string,
  routes: readonly string[],
): Promise<Record<string, Record<string, number>>> {
  const server = await startServer(dist, PORT);
  const chromePath = findChromium() ?? undefined;
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const results: Record<string, Record<string, number>> = {};
  try {
    for (const route of routes) {
      const result = await lighthouse(`http://localhost:${PORT}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      results[route] = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
      );
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
      console.log(
        `lighthouse ${route}: ${JSON.stringify(results[route])}${failing.length ? `  below 0.9: ${failing.join(', ')}` : ''}`,
      );
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return results;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const dist = process.argv[2] ?? 'dist';
  const article = process.argv[3];
  void auditPages(dist, ['/', ...(article ? [article] : [])]);
}
