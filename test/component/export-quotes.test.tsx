// @vitest-environment jsdom
// "Export quotes" from the reader's quote panel and the Speakers page: a file downloaded from
// the browser, in the format chosen.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

let saved: { blob: Blob; filename: string }[] = [];

beforeEach(() => {
  saved = [];
  let lastBlob: Blob | undefined;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      lastBlob = blob;
      return 'blob:test';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob !== undefined) saved.push({ blob: lastBlob, filename: this.download });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('export quotes', () => {
  it("downloads this article's quotes as CSV from the quote panel", async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${seed.id}`, library.index, library.articles);
    await user.click(await screen.findByRole('button', { name: 'Quotes 4' }));
    const panel = await screen.findByRole('complementary', { name: 'Quotes in this article' });
    const button = within(panel).getByRole('button', { name: 'Export quotes' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(panel).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.filename).toBe(
      'situasi-genting-presiden-kazakhstan-minta-bantuan-militer.csv',
    );
    const bytes = new Uint8Array((await saved[0]?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await saved[0]?.blob.text();
    expect(csv?.split('\r\n')[0]).toBe('speaker,kind,text,title,outlet,published,link');
    expect(csv).toContain('Tokayev,direct,');
    expect(within(panel).getByText(/^8 quotes saved as /u)).toBeVisible();
  });

  it("downloads one speaker's quotes across the library from their page", async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify(seed), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        ),
      ),
    );
    renderApp('/speakers/Tokayev', library.index, library.articles);
    await screen.findByRole('heading', { level: 1, name: 'Tokayev' });
    await user.click(screen.getByRole('button', { name: 'Export quotes' }));
    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.filename).toBe('tokayev.md');
    const markdown = (await saved[0]?.blob.text()) ?? '';
    expect(markdown.startsWith('# Tokayev\n')).toBe(true);
    expect(markdown.match(/^> — Tokayev, /gmu)).toHaveLength(3);
  });
});
