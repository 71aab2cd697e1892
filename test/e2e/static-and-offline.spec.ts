// The production build on a plain static server (no rewrites): deep links, no-JS reading,
// installability and offline use through the service worker.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const ID = 'situasi-genting-presiden-kazakhstan-minta-bantuan-militer-rusia-cs';
const TITLE = 'Situasi Genting, Presiden Kazakhstan Minta Bantuan Militer Rusia Cs';
const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 10_000,
  });
}

async function readOfflineAfterOneVisit(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  // An article route never visited before.
  await page.goto(`/articles/${ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('[data-quote-kind="direct"]')).toHaveCount(4);
}

test('a deep link to an article loads from the static host', async ({ page }) => {
  const response = await page.goto(`/articles/${ID}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const missing = await page.goto('/articles/no-such-article/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('prerendered pages hydrate without errors in the console', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  for (const url of ['/', `/articles/${ID}/`]) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the article text and its quote elements are in the page', async ({ page }) => {
    await page.goto(`/articles/${ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText('Presiden Kazakhstan Kassym-Jomart Tokayev meminta')).toBeVisible();
    await expect(page.locator('[data-quote-kind="direct"]')).toHaveCount(4);
    await expect(page.locator('[data-quote-kind="scare"]')).toHaveCount(4);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\//);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      new RegExp(TITLE.slice(0, 20)),
    );
  });
});

test('the manifest makes the app installable', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { sizes: string; purpose?: string }[];
  };
  expect(manifest.name).toContain('Baca');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.some((icon) => icon.sizes === '512x512')).toBe(true);
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
});

test('after one visit, the library and a never-visited article work offline', async ({
  page,
  context,
}) => {
  await readOfflineAfterOneVisit(page, context);
});

test.describe('when service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });
  // Proves the offline test can fail: without the service worker nothing loads offline.
  test('the offline check fails', async ({ page, context }) => {
    test.fail();
    await readOfflineAfterOneVisit(page, context);
  });
});

test('a new version shows "Update available" instead of reloading; "Reload" switches every tab to it', async ({
  page,
}) => {
  await page.goto(`/articles/${ID}`);
  await waitForServiceWorker(page);
  // A second tab of the app, open on the library.
  const other = await page.context().newPage();
  await other.goto('/');
  await waitForServiceWorker(other);
  for (const tab of [page, other]) {
    await tab.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'still here';
    });
  }
  const sw = path.join(DIST, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('Update available')).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'still here',
    );
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
    expect(before).not.toBe('');
    await expect(other.getByText('Update available')).toBeVisible({ timeout: 15_000 });
    // The waiting version takes over and both tabs reload into it (no tab keeps old code).
    await Promise.all([
      page.waitForEvent('framenavigated'),
      other.waitForEvent('framenavigated'),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    for (const tab of [page, other]) {
      await tab.waitForLoadState('load');
      expect(await tab.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
        undefined,
      );
    }
    await expect(page.getByText('Update available')).toHaveCount(0);
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting ?? null;
    });
    expect(waiting).toBeNull();
  } finally {
    writeFileSync(sw, original);
  }
});

/** Whether any paragraph of the article lies under the element (in the window). */
async function coversText(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    if (box === undefined || box.height === 0) return false;
    return [...document.querySelectorAll('main p, main h1')].some((element) => {
      if (element.closest(sel) !== null) return false;
      const r = element.getBoundingClientRect();
      return r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
    });
  }, selector);
}

test('"Ready offline" shows in the header, then goes by itself; nothing covers the text', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${ID}`);
  const header = page.getByRole('banner');
  await expect(header.getByText('Ready offline')).toBeVisible({ timeout: 15_000 });
  expect(await coversText(page, 'header')).toBe(false);
  await expect(header.getByText('Ready offline')).toHaveCount(0, { timeout: 8_000 });

  // Offline while reading, scrolled into the text: a banner in the flow, then a header badge.
  await page.evaluate(() => window.scrollTo(0, 400));
  await context.setOffline(true);
  const notice = page.getByText('You are offline. Saved articles can still be read.');
  await expect(notice).toBeVisible();
  const position = await notice.evaluate((element) => {
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      const { position } = getComputedStyle(node);
      if (position === 'fixed' || position === 'sticky') return position;
    }
    return 'in flow';
  });
  expect(position).toBe('in flow');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(header.getByText('Offline', { exact: true })).toBeVisible();
  await context.setOffline(false);
  await expect(header.getByText('Offline', { exact: true })).toHaveCount(0);
});

test('the article is set in the bundled reading serif, kept for offline reading', async ({
  page,
}) => {
  await page.goto(`/articles/${ID}`);
  const family = await page
    .locator('.reader-body p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontFamily);
  expect(family.split(',')[0]?.trim()).toBe('Literata');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('20px Literata', 'Presiden'))).toBe(true);
  const used = await page.evaluate(
    () =>
      [...document.fonts].filter(
        (font) => font.family.replace(/"/g, '') === 'Literata' && font.status === 'loaded',
      ).length,
  );
  expect(used).toBeGreaterThan(0);
  const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  for (const subset of ['latin', 'latin-ext']) {
    expect(sw).toMatch(new RegExp(`assets/literata-${subset}-400-normal-[\\w-]+\\.woff2`));
  }
});

test('pages do not move while they load and hydrate, on a phone (no layout shift)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const url of ['/', `/articles/${ID}/`, '/speakers/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    expect(total, url).toBeLessThan(0.01);
  }
});

test('the page head puts the stylesheet and the reading font before any script', () => {
  const html = readFileSync(path.join(DIST, 'articles', ID, 'index.html'), 'utf8');
  const sheet = html.indexOf('rel="stylesheet"');
  const font = html.search(/rel="preload" as="font"[^>]*literata-latin-400/);
  const script = html.search(/<script type="module"|rel="modulepreload"/);
  expect(sheet).toBeGreaterThan(0);
  expect(font).toBeGreaterThan(sheet);
  expect(script).toBeGreaterThan(font);
});
