// Finding one's way between the library and the reader, on the 10,000-article build (the list
// is virtualised, so "back to where I was" cannot rely on the browser): see library-scale.spec.ts
// for how to build it, or run `npm run test:scale`.
import { expect, test, type Page } from '@playwright/test';

interface IndexFile {
  articles: { id: string; title: string; lang: string }[];
}

test.skip(!process.env.LIBRARY_10K, 'needs a build of the generated 10,000-article library');

async function readIndex(page: Page): Promise<IndexFile> {
  return (await (await page.request.get('/data/index.json')).json()) as IndexFile;
}

/** A language with many articles but not all of them: a real filter. */
function filterLanguage(index: IndexFile): { lang: string; titles: string[] } {
  const counts = new Map<string, number>();
  for (const article of index.articles)
    counts.set(article.lang, (counts.get(article.lang) ?? 0) + 1);
  const [lang] =
    [...counts].filter(([, n]) => n >= 100 && n < index.articles.length).sort()[0] ?? [];
  if (lang === undefined) throw new Error('no language to filter by');
  return { lang, titles: index.articles.filter((a) => a.lang === lang).map((a) => a.title) };
}

/** The library is hydrated with the whole index (the prerendered page holds the first cards). */
async function waitForList(page: Page, count: number): Promise<void> {
  await expect(page.locator('main [role="listitem"]').first()).toHaveAttribute(
    'aria-setsize',
    String(count),
    { timeout: 20_000 },
  );
}

/**
 * Scrolls well down the list (6,000 px, or `depth` of the page's height) and opens the card
 * nearest the middle of the window, once the rows there have arrived (a large library fetches
 * the shards of the rows on screen).
 */
async function openCardFromMiddle(page: Page, depth?: number): Promise<string> {
  await page.evaluate(
    (share) =>
      window.scrollTo(
        0,
        share === undefined ? 6000 : document.documentElement.scrollHeight * share,
      ),
    depth,
  );
  const nearestTitle = () =>
    page.evaluate(() => {
      const middle = window.innerHeight / 2;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[data-article-id]')]
        .map((link) => ({ link, top: link.getBoundingClientRect().top }))
        .filter(({ top }) => top > 0 && top < window.innerHeight);
      const near = links.sort((a, b) => Math.abs(a.top - middle) - Math.abs(b.top - middle))[0];
      return near?.link.textContent ?? '';
    });
  await expect.poll(nearestTitle, { timeout: 10_000 }).not.toBe('');
  const title = await nearestTitle();
  await page.getByRole('link', { name: title, exact: true }).click();
  await readerReady(page, title);
  return title;
}

/**
 * The reader for `title` is on screen and listening for keys: its title and key handlers are
 * set in the same round of effects, after the heading is painted.
 */
async function readerReady(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} — Baca`);
}

async function pressUntilHeading(page: Page, key: string, title: string): Promise<void> {
  await page.keyboard.press(key);
  await readerReady(page, title);
}

async function expectBackAt(page: Page, search: string, title: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === search);
  const link = page.getByRole('link', { name: title, exact: true });
  await expect(link).toBeFocused({ timeout: 10_000 });
  await expect(link).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
}

test('every way back to a filtered, scrolled library restores the filter, the place and focus', async ({
  page,
}) => {
  const index = await readIndex(page);
  const { lang, titles } = filterLanguage(index);
  const search = `?lang=${lang}`;
  const listShards = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/data\/list\/\d+-/u.test(pathname)) listShards.add(pathname);
  });
  await page.goto(`/${search}`);
  await waitForList(page, titles.length);

  // The reader's back link.
  let title = await openCardFromMiddle(page);
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expectBackAt(page, search, title);

  // Escape.
  title = await openCardFromMiddle(page);
  await page.keyboard.press('Escape');
  await expectBackAt(page, search, title);

  // The browser's Back button.
  title = await openCardFromMiddle(page);
  await page.goBack();
  await expectBackAt(page, search, title);

  // A way back needs the shards of the rows on screen, not every shard of the list.
  const manifest = (await (await page.request.get('/data/list/manifest.json')).json()) as {
    shards: unknown[];
  };
  expect(listShards.size).toBeLessThan(manifest.shards.length);
});

test('back to an article far down after a reload: its place and its shard, not the whole list', async ({
  page,
}) => {
  const index = await readIndex(page);
  const { lang, titles } = filterLanguage(index);
  const search = `?lang=${lang}`;
  await page.goto(`/${search}`);
  await waitForList(page, titles.length);
  const title = await openCardFromMiddle(page, 0.7);
  // A fresh page: the library knows nothing of the list yet.
  await page.reload();
  await readerReady(page, title);
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/')) fetched.add(pathname);
  });
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expectBackAt(page, search, title);
  const manifest = (await (await page.request.get('/data/list/manifest.json')).json()) as {
    shards: unknown[];
  };
  const listShards = [...fetched].filter((path) => /^\/data\/list\/\d+-/u.test(path));
  expect(listShards.length).toBeLessThan(manifest.shards.length);
  expect([...fetched].some((path) => /^\/data\/list\/ids-/u.test(path))).toBe(true);
  expect(fetched).not.toContain('/data/index.json');
});

test('previous and next follow the filtered list, say so, and answer j and k', async ({ page }) => {
  const index = await readIndex(page);
  const { lang, titles } = filterLanguage(index);
  await page.goto(`/?lang=${lang}`);
  await waitForList(page, titles.length);
  const [first, second, third] = titles;
  if (first === undefined || second === undefined || third === undefined) throw new Error('short');
  await page.getByRole('link', { name: second, exact: true }).click();
  await readerReady(page, second);

  const language = await page.evaluate(
    (tag) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag),
    lang,
  );
  const nav = page.getByRole('navigation', { name: 'More articles' });
  await expect(
    nav.getByRole('link', { name: new RegExp(`^Next in ${language} articles`) }),
  ).toContainText(third);
  await expect(
    nav.getByRole('link', { name: new RegExp(`^Previous in ${language} articles`) }),
  ).toContainText(first);

  await pressUntilHeading(page, 'j', third);
  await pressUntilHeading(page, 'k', second);
  await pressUntilHeading(page, 'ArrowLeft', first);
});

test('a phone shows at least 4 cards in its first screen, a desktop window at least 5', async ({
  page,
}) => {
  for (const [width, height, cards] of [
    [390, 844, 4],
    [1280, 900, 5],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const tops = await page
      .locator('main [role="listitem"] h2')
      .evaluateAll((titles) => titles.map((title) => title.getBoundingClientRect().bottom));
    expect(tops.filter((bottom) => bottom <= height).length).toBeGreaterThanOrEqual(cards);
  }
});

test('the tab title names each page', async ({ page }) => {
  const index = await readIndex(page);
  const article = index.articles[0];
  if (article === undefined) throw new Error('empty index');
  await page.goto('/');
  await expect(page).toHaveTitle('Baca');
  await page.getByRole('link', { name: article.title, exact: true }).click();
  await expect(page).toHaveTitle(`${article.title} — Baca`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Speakers' })
    .click();
  await expect(page).toHaveTitle(/^Speakers/);
  await page.goBack();
  await expect(page).toHaveTitle(`${article.title} — Baca`);
});
