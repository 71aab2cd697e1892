// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cardTitles,
  libraryTestData,
  renderLibrary,
  serveSearchIndex,
  openFilters,
} from './library-sample.ts';

// The library tests never open an article; the reader has its own tests.
vi.mock('../../src/features/reader/reader-route.tsx', () => ({ ReaderRoute: () => null }));

const KOPI = 'Kopi Désa Sukamaju Tembus Pasar Eropa';
const CABAI = 'Harga Cabai di Pasar Kranggan Naik Lagi';
const BANJIR = 'Banjir Rendam Ratusan Rumah di Bandung Selatan';

const library = libraryTestData();

beforeEach(() => {
  localStorage.clear();
  serveSearchIndex(library);
});
afterEach(() => vi.unstubAllGlobals());

/** Waits until the full-text engine has answered (the provisional note is gone). */
async function waitForEngine(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/loading full-text search/)).toBeNull());
}

describe('library search', () => {
  it('is a search box that "/" focuses', async () => {
    renderLibrary('/', library);
    const box = await screen.findByRole('searchbox', { name: 'Search articles' });
    expect(box).toHaveAttribute('type', 'search');
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('ranks a title match above a body-only match', async () => {
    const { container } = renderLibrary('/', library);
    await userEvent.type(await screen.findByRole('searchbox'), 'kopi');
    await waitForEngine();
    await waitFor(() => expect(cardTitles(container)).toEqual([KOPI, CABAI]));
  });

  it('matches with or without diacritics, in any case', async () => {
    const { container, router } = renderLibrary('/?q=DESA', library);
    await waitForEngine();
    await waitFor(() => expect(cardTitles(container)[0]).toBe(KOPI));
    await router.navigate('/?q=d%C3%A9sa%20sukamaju');
    await waitFor(() => expect(cardTitles(container)).toEqual([KOPI]));
  });

  it('matches prefixes and small typos, and searches the body and speakers', async () => {
    const { container, router } = renderLibrary('/?q=bandu', library);
    await waitForEngine();
    await waitFor(() => expect(cardTitles(container)).toEqual([BANJIR]));
    await router.navigate('/?q=evakuasi');
    await waitFor(() => expect(cardTitles(container)).toEqual([BANJIR]));
    await router.navigate('/?q=sumiyatti');
    await waitFor(() => expect(cardTitles(container)).toEqual([CABAI]));
  });

  it('highlights the matched words without changing the link name', async () => {
    const { container } = renderLibrary('/?q=desa', library);
    await waitForEngine();
    const link = await screen.findByRole('link', { name: KOPI });
    await waitFor(() => expect(link.querySelector('mark')).toHaveTextContent('Désa'));
    expect(container.querySelectorAll('mark').length).toBeGreaterThan(1);
  });

  it('keeps the query in the URL without a history entry per keystroke', async () => {
    const { router } = renderLibrary('/', library);
    await screen.findByRole('link', { name: KOPI });
    await openFilters();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Article language' }), 'id');
    await userEvent.type(screen.getByRole('searchbox'), 'cabai');
    await waitFor(() => expect(router.state.location.search).toBe('?q=cabai&lang=id'));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue(''));
  });

  it('answers from titles and excerpts when the full-text index cannot load', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    const { container } = renderLibrary('/?q=pasar%20kranggan', library);
    expect(await screen.findByText(/full-text search unavailable/)).toBeInTheDocument();
    expect(cardTitles(container)).toEqual([CABAI]);
  });
});
