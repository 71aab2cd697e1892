// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

describe('the app', () => {
  it('lists each article as a link named by its title', async () => {
    renderApp('/', library.index, library.articles);
    expect(await screen.findByRole('link', { name: seed.title })).toBeInTheDocument();
  });

  it('opens an article from the list: title as heading, one paragraph per body paragraph', async () => {
    renderApp('/', library.index, library.articles);
    await userEvent.click(await screen.findByRole('link', { name: seed.title }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.title })).toBeInTheDocument();
    const main = screen.getByRole('main');
    const paragraphs = main.querySelectorAll('article p');
    expect([...paragraphs].filter((p) => p.textContent.includes('Tokayev')).length).toBeGreaterThan(
      0,
    );
    expect(main.textContent).not.toContain('loading...');
  });

  it('renders each quote as one element with its kind and speaker', async () => {
    const { container } = renderApp(`/articles/${seed.id}`, library.index, library.articles);
    await screen.findByRole('heading', { level: 1 });
    expect(container.querySelectorAll('[data-quote-kind="direct"]')).toHaveLength(4);
    expect(container.querySelectorAll('[data-quote-kind="scare"]')).toHaveLength(4);
    expect(container.querySelectorAll('[data-speaker*="Tokayev"]')).toHaveLength(3);
  });

  it('shows a not-found page with a way back for unknown articles and routes', async () => {
    renderApp('/articles/no-such-article', library.index, library.articles);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the library' })).toBeInTheDocument();
  });

  it('switches the interface to Indonesian from the settings menu', async () => {
    renderApp('/', library.index, library.articles);
    await userEvent.click(await screen.findByText('Settings'));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'id');
    expect(await screen.findByRole('heading', { name: 'Pustaka' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');
  });

  it('lists every keyboard shortcut on ?, but not while typing', async () => {
    renderApp('/', library.index, library.articles);
    const search = await screen.findByRole('searchbox');
    await userEvent.type(search, '?');
    expect(screen.queryByRole('heading', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(search).toHaveValue('?');
    await userEvent.clear(search);
    search.blur();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const what of [
      'Search the library',
      'Next article in the list you came from',
      'Read aloud, pause or resume',
      'Close a panel, or back to the library',
    ]) {
      expect(dialog).toHaveTextContent(what);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
