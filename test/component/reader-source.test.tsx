// @vitest-environment jsdom
// An article from an HTML page: where it came from is shown and cited.
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/build/library.ts';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';

const library = buildLibrary([
  {
    name: 'seed.html',
    bytes: new Uint8Array(readFileSync('test/fixtures-html/seed-page/page.html')),
  },
]);
const article = library.articles[0];
if (article === undefined) throw new Error('the HTML seed must parse');

describe('an article read from an HTML page', () => {
  it('names its outlet and author and links to the original article', async () => {
    renderApp(`/articles/${article.id}`, library.index, library.articles);
    const header = (await screen.findByRole('heading', { level: 1, name: article.title }))
      .parentElement as HTMLElement;
    expect(within(header).getByText('Kabar Dunia')).toBeVisible();
    expect(within(header).getByText('by Tim Kabar Dunia')).toBeVisible();
    // The details line speaks the interface's language, not the article's.
    expect(within(header).getByText('January 6, 2022').closest('p')).toHaveAttribute('lang', 'en');
    const link = within(header).getByRole('link', { name: /Original article/u });
    expect(link).toHaveAttribute(
      'href',
      'https://kabardunia.example/internasional/2022/01/06/kazakhstan-minta-bantuan',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('cites a quote with the outlet and the original address', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${article.id}`, library.index, library.articles);
    await user.click(await screen.findByRole('button', { name: 'Quotes 4' }));
    const panel = await screen.findByRole('complementary', { name: 'Quotes in this article' });
    await user.click(within(panel).getByRole('button', { name: /^Copy quote: “Saya percaya/ }));
    expect(await navigator.clipboard.readText()).toBe(
      `“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu” — Tokayev, in "${article.title}", Kabar Dunia, 6 Jan 2022, https://kabardunia.example/internasional/2022/01/06/kazakhstan-minta-bantuan`,
    );
  });
});
