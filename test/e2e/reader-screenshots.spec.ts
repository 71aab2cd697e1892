// Screenshots of the reader for docs/screenshots/: `SCREENSHOTS=1 npx playwright test reader-screenshots`.
import { expect, test } from '@playwright/test';

const URL = '/articles/situasi-genting-presiden-kazakhstan-minta-bantuan-militer-rusia-cs';

test.skip(process.env.SCREENSHOTS !== '1', 'only when SCREENSHOTS=1');

for (const [device, width, height] of [
  ['phone', 390, 844],
  ['desktop', 1280, 800],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`reader, ${theme}, ${device}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(URL);
      await page.evaluate((value) => {
        localStorage.setItem('baca.reader', JSON.stringify({ version: 1, theme: value }));
      }, theme);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.evaluate(() => document.fonts.ready);
      await page.locator('[data-speaker]').first().focus();
      await page.screenshot({ path: `docs/screenshots/reader-${theme}-${device}.png` });
      await page.getByRole('button', { name: /^Quotes/ }).click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/reader-${theme}-${device}-quotes.png` });
    });
  }
}
