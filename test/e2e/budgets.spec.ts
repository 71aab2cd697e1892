// Size budgets on the production build: JavaScript a first visit downloads, gzip-compressed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');
/** React + React DOM + React Router alone measure about 98 kB gzip. */
const FIRST_LOAD_JS_BUDGET = 125_000;

async function firstLoadJs(page: Page, url: string): Promise<number> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  let total = 0;
  for (const pathname of scripts) {
    total += gzipSync(readFileSync(path.join(DIST, pathname))).length;
  }
  test
    .info()
    .annotations.push({ type: 'first-load JS (gzip)', description: `${url}: ${total} bytes` });
  return total;
}

test('the library loads at most 125 kB of JavaScript (gzip)', async ({ page }) => {
  expect(await firstLoadJs(page, '/')).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
});

test('an article loads at most 125 kB of JavaScript (gzip)', async ({ page }) => {
  const href = await (async () => {
    await page.goto('/');
    return page.locator('main a[href*="/articles/"]').first().getAttribute('href');
  })();
  const fresh = await page.context().newPage();
  expect(await firstLoadJs(fresh, href ?? '/')).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
});
