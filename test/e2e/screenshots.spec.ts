// Screenshots for docs/screenshots/, library and reader, phone and desktop, light and dark.
// Taken on a library of the project's own fixtures (plus the seed), built outside the repo:
//   mkdir -p /tmp/shots-seeds && for d in test/fixtures/*/; do cp "$d/input.txt" "/tmp/shots-seeds/$(basename "$d").txt"; done
//   cp seeds/* /tmp/shots-seeds/ && SEEDS_DIR=/tmp/shots-seeds npx tsx scripts/build.ts --outDir /tmp/shots-dist
//   SCREENSHOTS=1 DIST_DIR=/tmp/shots-dist npx playwright test screenshots
import { expect, test, type Page } from '@playwright/test';

const URL = '/articles/situasi-genting-presiden-kazakhstan-minta-bantuan-militer-rusia-cs';

test.skip(process.env.SCREENSHOTS !== '1', 'only when SCREENSHOTS=1');

async function useTheme(page: Page, theme: string): Promise<void> {
  await page.goto('/');
  await page.evaluate((value) => {
    localStorage.setItem('baca.reader', JSON.stringify({ version: 1, theme: value }));
  }, theme);
}

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`library, ${theme}, ${device}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await useTheme(page, theme);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `docs/screenshots/library-${theme}-${device}.png` });
      await page.getByRole('button', { name: /^Filter and sort/ }).click();
      await page.screenshot({ path: `docs/screenshots/library-${theme}-${device}-filters.png` });
    });

    test(`reader, ${theme}, ${device}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await useTheme(page, theme);
      await page.goto(URL);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.evaluate(() => document.fonts.ready);
      await page.locator('[data-speaker]').first().focus();
      await page.screenshot({ path: `docs/screenshots/reader-${theme}-${device}.png` });
      await page.getByRole('button', { name: /^Quotes/ }).click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/reader-${theme}-${device}-quotes.png` });
    });
  }

  test(`speaker page, ${device}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/speakers/Tokayev');
    await expect(page.getByRole('heading', { level: 1, name: 'Tokayev' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `docs/screenshots/speaker-light-${device}.png` });
  });
}
