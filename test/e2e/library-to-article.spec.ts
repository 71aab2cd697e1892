import { expect, test } from '@playwright/test';

const TITLE = 'Situasi Genting, Presiden Kazakhstan Minta Bantuan Militer Rusia Cs';

test('the library lists the seed by its title and opens it in the reader', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const paragraphs = page.locator('main article p');
  const texts = await paragraphs.allTextContents();
  expect(texts.some((t) => t.startsWith('Presiden Kazakhstan Kassym-Jomart Tokayev'))).toBe(true);
  for (const noise of ['loading...', 'A', '(min)']) expect(texts).not.toContain(noise);
  expect(new Set(texts).size).toBe(texts.length);
  expect(texts.filter((t) => t.startsWith('Bandara juga diambil alih'))).toHaveLength(1);
});

test('the reader marks quotes with their kind and speaker', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.locator('[data-quote-kind="direct"]')).toHaveCount(4);
  await expect(page.locator('[data-quote-kind="direct"][data-speaker*="Tokayev"]')).toHaveCount(3);
  await expect(page.locator('[data-quote-kind="scare"]')).toHaveCount(4);
});

test('a speaker page lists every quote of that speaker, each opening its place in the article', async ({
  page,
}) => {
  await page.goto('/speakers');
  await page.getByRole('link', { name: 'Tokayev', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tokayev' })).toBeVisible();
  await expect(page.getByText('Kassym-Jomart Tokayev', { exact: true })).toBeVisible();
  await expect(page.getByText('Presiden Kazakhstan', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Tokayev — Baca');
  const quotes = page.getByRole('list', { name: /^Quotes of Tokayev/ });
  await expect(quotes.getByRole('blockquote')).toHaveCount(3);
  const second = (await quotes.getByRole('blockquote').nth(1).textContent()) ?? '';
  await quotes.getByRole('link', { name: 'Show in the article' }).nth(1).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const shown = page.locator(`q.quote[data-speaker="Tokayev"]`, { hasText: second.slice(1, 30) });
  await expect(shown).toBeFocused();
  await expect(shown).toBeInViewport();

  // A deep link to the page works from the static host too.
  await page.goto('/speakers/Tokayev');
  await expect(quotes.getByRole('blockquote')).toHaveCount(3);
});
