// The Speakers page of a library quoting thousands of people, in Chromium: A–Z, a letter and
// a typed name fetch the few files they need, never every shard. The seeds build quotes few
// people, so its speaker files are swapped for ones the build writes for a generated library
// of 4,000 people (the page reads them as it would on any static host).
import { expect, test } from '@playwright/test';
import { buildSpeakerFiles } from '../../src/build/speaker-files.ts';
import { NAME_ORDER_LOCALE, type SpeakersManifest } from '../../src/config/speakers.ts';
import { quotingLibrary } from '../quoting-library.ts';

const GIVEN = ['Budi', 'Sri', 'Joko', 'Wulan', 'Agus', 'Dewi', 'Made', 'Putu', 'Rina', 'Eko'];
const FAMILY = ['Santoso', 'Widodo', 'Mulyani', 'Hartono', 'Lestari', 'Nugroho', 'Wibowo'];
const PEOPLE = 4000;

/** Article n quotes person n (and person n + 1), so counts differ and everyone is quoted. */
const index = quotingLibrary(
  Array.from({ length: PEOPLE }, (_, n) =>
    [n, (n * 7 + 1) % PEOPLE].map(
      (p) => [`${GIVEN[p % 10]} ${FAMILY[p % 7]} ${p}`, 1 + (p % 5)] as const,
    ),
  ),
);
const files = buildSpeakerFiles(index);
const manifest = JSON.parse(files.get('speakers/manifest.json') ?? '') as SpeakersManifest;

test.use({ serviceWorkers: 'block' });

test('A–Z, a letter and a name fetch what they show, not every shard', async ({ page }) => {
  const fetched: string[] = [];
  await page.route('**/data/speakers/**', async (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/data\//u, '');
    fetched.push(file.replace(/^speakers\//u, ''));
    const body = files.get(file);
    await (body === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body, contentType: 'application/json' }));
  });
  // In-app navigation: the page loads its data (a prerendered page carries its own).
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Speakers' }).click();
  const rows = page.locator('main [role="listitem"]');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(manifest.total));
  expect(await page.locator('main h2').count()).toBeLessThanOrEqual(80);

  // A name: the one find file of "wi", then the rows of the first screen.
  await page.getByRole('searchbox', { name: 'Find a person' }).fill('widodo 1');
  await expect(page.locator('main h2').first()).toContainText(/^\S+ Widodo 1/u);
  const found = await page.locator('main h2').allTextContents();
  expect(found.every((name) => /Widodo 1/u.test(name))).toBe(true);
  expect(fetched.filter((file) => file.startsWith('find-'))).toHaveLength(1);

  // A–Z, scrolled halfway: the A–Z shards of the screens passed, not all of them.
  await page.getByRole('searchbox', { name: 'Find a person' }).fill('');
  await page.getByRole('combobox', { name: 'Order' }).selectOption('name');
  const first = [...new Set(index.articles.flatMap((a) => a.speakers.map(([name]) => name)))].sort(
    new Intl.Collator(NAME_ORDER_LOCALE).compare,
  )[0];
  await expect(page.locator('main h2').first()).toHaveText(first ?? '');
  // Halfway down (once the virtualised list has its height).
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const posinsets = await rows.evaluateAll((items) =>
        items.map((item) => Number(item.getAttribute('aria-posinset'))),
      );
      return Math.max(...posinsets);
    })
    .toBeGreaterThan(manifest.total / 3);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 10_000 });
  const azFetched = new Set(fetched.filter((file) => file.startsWith('az-')));
  expect(azFetched.size).toBeGreaterThan(0);
  expect(azFetched.size).toBeLessThan(manifest.byName?.length ?? 0);

  // A letter most quoted first: its file of places, then its rows.
  await page.getByRole('combobox', { name: 'Order' }).selectOption('quotes');
  await page.getByRole('button', { name: 'W', exact: true }).click();
  await expect(page.locator('main h2').first()).toContainText(/^Wulan /u);
  expect(fetched.filter((file) => file.startsWith('letter-'))).toHaveLength(1);
  // Never every shard of the most quoted order.
  const quoteShards = new Set(fetched.filter((file) => /^\d+-/u.test(file)));
  expect(quoteShards.size).toBeLessThan(manifest.shards.length);
});
