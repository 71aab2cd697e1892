import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ID = 'situasi-genting-presiden-kazakhstan-minta-bantuan-militer-rusia-cs';
const URL = `/articles/${ID}`;
const BODY_P = '.reader-body p';

const paragraphFontSize = (page: Page) =>
  page
    .locator(BODY_P)
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

/** Serious and critical axe findings (WCAG 2.2 AA rules, target size included), one line each. */
async function seriousAxeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function storeSettings(page: Page, settings: Record<string, unknown>) {
  await page.goto(URL);
  await page.evaluate((value) => {
    localStorage.setItem('baca.reader', JSON.stringify({ version: 1, ...value }));
  }, settings);
  await page.reload();
  await expect(page.locator(BODY_P).first()).toBeVisible();
}

test('the seed article marks 4 direct quotes (3 by Tokayev) and 4 scare quotes', async ({
  page,
}) => {
  await page.goto(URL);
  await expect(page.locator('[data-quote-kind="direct"]')).toHaveCount(4);
  await expect(page.locator('[data-quote-kind="direct"][data-speaker*="Tokayev"]')).toHaveCount(3);
  await expect(page.locator('[data-quote-kind="scare"]')).toHaveCount(4);
  await expect(page.locator('article.reader-article')).toHaveAttribute('lang', 'id');
});

test('"Larger text" enlarges the text and survives a reload; "Smaller text" shrinks it', async ({
  page,
}) => {
  await page.goto(URL);
  const initial = await paragraphFontSize(page);
  expect(initial).toBe(20);
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(() => paragraphFontSize(page)).toBeGreaterThan(initial);
  const larger = await paragraphFontSize(page);
  await expect(page.getByRole('status').filter({ hasText: 'Text size' })).toHaveText(
    'Text size 110%',
  );
  await page.reload();
  expect(await paragraphFontSize(page)).toBe(larger);
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await page.getByRole('button', { name: 'Smaller text' }).click();
  await expect.poll(() => paragraphFontSize(page)).toBeLessThan(initial);
});

test('the stored size and theme apply before any script of the app runs', async ({ page }) => {
  await storeSettings(page, { size: 30, theme: 'dark' });
  // Without the app's JavaScript only the prerendered HTML and the inline boot script act.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  expect(await paragraphFontSize(page)).toBe(30);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('keyboard: + enlarges, 0 resets, Escape goes back to the library', async ({ page }) => {
  await page.goto(URL);
  await page.locator('h1').click();
  await page.keyboard.press('+');
  await expect.poll(() => paragraphFontSize(page)).toBe(22);
  await page.keyboard.press('0');
  await expect.poll(() => paragraphFontSize(page)).toBe(20);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
});

test('the reading position holds across a size change', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(URL);
  const target = page.locator(BODY_P).nth(6);
  const toolbarBottom = await page
    .locator('.reader-toolbar')
    .evaluate((el) => el.getBoundingClientRect().bottom);
  // Put paragraph 7 right under the sticky toolbar, as if the reader had scrolled there.
  await target.evaluate((p, top) => {
    window.scrollBy(0, p.getBoundingClientRect().top - top);
  }, toolbarBottom);
  const before = await target.evaluate((p) => p.getBoundingClientRect().top);
  for (const name of ['Larger text', 'Larger text', 'Smaller text']) {
    await page.getByRole('button', { name }).click();
    const lineHeight = await target.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    const after = await target.evaluate((p) => p.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(lineHeight);
  }
});

test('reflows at 320 px with the largest text: no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await storeSettings(page, { size: 40 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the quote panel shows a quote in the text and copies it with its source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL);
  await page.getByRole('button', { name: /^Quotes/ }).click();
  const panel = page.getByRole('complementary', { name: 'Quotes in this article' });
  await expect(panel.getByRole('heading', { name: /Tokayev/ })).toContainText('3 quotes');
  await panel.getByRole('button', { name: /^"Dan menghentikan/ }).click();
  const quote = page.locator('[data-speaker="pihak berwenang Almaty"]');
  await expect(quote).toBeInViewport();
  await expect(quote).toBeFocused();
  await panel.getByRole('button', { name: /^(Copy|Share) quote: “Saya percaya/ }).click();
  await expect(panel.getByText('Copied with its source.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^“Saya percaya .* tepat waktu” — Tokayev, in "Situasi Genting, .*", 6 Jan 2022$/,
  );
});

for (const theme of ['light', 'sepia', 'dark', 'contrast', 'system'] as const) {
  test(`axe finds no serious or critical problems in the ${theme} theme`, async ({ page }) => {
    if (theme === 'system') await page.emulateMedia({ colorScheme: 'dark' });
    await storeSettings(page, { theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: /^Quotes/ }).click();
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.locator('[data-speaker]').first().focus();
    expect(await seriousAxeProblems(page)).toEqual([]);
  });

  test(`speakers are told apart by initials as well as colour in the ${theme} theme`, async ({
    page,
  }) => {
    if (theme === 'system') await page.emulateMedia({ colorScheme: 'dark' });
    await storeSettings(page, { theme });
    const marks = await page.locator('q.quote[data-speaker]').evaluateAll((quotes) =>
      quotes.map((q) => {
        const before = getComputedStyle(q, '::before');
        return {
          speaker: q.getAttribute('data-speaker') ?? '',
          initials: q.getAttribute('data-initials') ?? '',
          shown: before.content !== 'none' && before.display !== 'none',
        };
      }),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark.shown && mark.initials !== '')).toBe(true);
    const bySpeaker = new Map(marks.map((mark) => [mark.speaker, mark.initials]));
    expect(bySpeaker.size).toBeGreaterThan(1);
    expect(new Set(bySpeaker.values()).size).toBe(bySpeaker.size);
  });
}

test('axe finds no serious or critical problems in the library, filters open, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  // The prerendered button works once the page has hydrated: press until the panel opens.
  await expect(async () => {
    const toggle = page.getByRole('button', { name: /^Filter and sort/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(page.getByRole('combobox', { name: 'Sort' })).toBeVisible({ timeout: 1000 });
  }).toPass();
  expect(await seriousAxeProblems(page)).toEqual([]);
});

test('text-spacing overrides (WCAG 1.4.12) clip nothing at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(URL);
  await page.addStyleTag({
    content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`,
  });
  // The reader's own part of the page (the site header is checked with the layout).
  const clipped = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inMain = [...document.querySelectorAll('main *')];
    return {
      overflow: inMain.filter((el) => el.getBoundingClientRect().right > width + 1).length,
      clipped: inMain.filter(
        // 1 px boxes are the visually hidden screen-reader texts, clipped on purpose.
        (el) =>
          el.clientWidth > 1 &&
          el.scrollWidth > el.clientWidth + 1 &&
          getComputedStyle(el).overflow !== 'visible',
      ).length,
    };
  });
  expect(clipped).toEqual({ overflow: 0, clipped: 0 });
});

test('reads the article aloud paragraph by paragraph with an Indonesian voice (stubbed engine)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; onend: (() => void) | null }[] = [];
    const voices = [
      { voiceURI: 'id-1', name: 'Damayanti', lang: 'id-ID', default: false, localService: true },
      { voiceURI: 'en-1', name: 'Samantha', lang: 'en-US', default: true, localService: true },
    ];
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: unknown = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        speak: (utterance: Utterance) => spoken.push(utterance),
        cancel: () => undefined,
        pause: () => undefined,
        resume: () => undefined,
        getVoices: () => voices,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
  await page.goto(URL);
  await page.getByRole('button', { name: /Read aloud/u }).click();
  const paragraphs = page.locator('.reader-body > p');
  await expect(paragraphs.nth(0)).toHaveAttribute('data-reading', 'true');
  const first = await page.evaluate(() => {
    const spoken = (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken;
    return spoken[0];
  });
  expect(first?.lang).toBe('id-ID');
  expect(first?.text).toBe(await paragraphs.nth(0).textContent());
  await page.evaluate(() => {
    const spoken = (window as unknown as { __spoken: { onend: (() => void) | null }[] }).__spoken;
    spoken[0]?.onend?.();
  });
  await expect(paragraphs.nth(1)).toHaveAttribute('data-reading', 'true');
  await expect(paragraphs.nth(0)).not.toHaveAttribute('data-reading', 'true');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.reader-body > p[data-reading]')).toHaveCount(0);
});

test('exports the quotes of the article as a CSV file a spreadsheet reads', async ({ page }) => {
  await page.goto(URL);
  await page.getByRole('button', { name: /^Quotes/u }).click();
  const panel = page.getByRole('complementary', { name: 'Quotes in this article' });
  await panel.getByRole('button', { name: 'Export quotes' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^situasi-genting-.*\.csv$/u);
  const path = await download.path();
  const bytes = (await import('node:fs')).readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe('speaker,kind,text,title,outlet,published,link');
  expect(csv.split('\r\n').filter((row) => row.startsWith('Tokayev,direct,'))).toHaveLength(3);
});
