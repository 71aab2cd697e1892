// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildLibrary } from '../../src/build/library.ts';
import { cardTitles, openFilters, renderLibrary } from './library-sample.ts';

// The library tests never open an article; the reader has its own tests.
vi.mock('../../src/features/reader/reader-route.tsx', () => ({ ReaderRoute: () => null }));

const KOPI = 'Kopi Désa Sukamaju Tembus Pasar Eropa';
const CABAI = 'Harga Cabai di Pasar Kranggan Naik Lagi';
const BANJIR = 'Banjir Rendam Ratusan Rumah di Bandung Selatan';
const COUNCIL = 'Council approves new cycle lanes for the city centre';

beforeEach(() => localStorage.clear());

describe('the library list', () => {
  it('shows each article as a card: title link, source, date, reading time, speakers', async () => {
    renderLibrary('/');
    const link = await screen.findByRole('link', { name: CABAI });
    const card = link.closest('article');
    if (card === null) throw new Error('no card');
    const text = card.textContent;
    expect(text).toContain('Mar 5, 2024');
    expect(text).toContain('BEKASI');
    expect(text).toContain('1 min read');
    expect(text).toContain('Sumiyati');
  });

  it('sorts newest first by default, and oldest, shortest and longest on request', async () => {
    const { container } = renderLibrary('/');
    await screen.findByRole('link', { name: KOPI });
    expect(cardTitles(container)).toEqual([CABAI, KOPI, BANJIR, COUNCIL]);
    await openFilters();
    const sort = screen.getByRole('combobox', { name: 'Sort' });
    await userEvent.selectOptions(sort, 'oldest');
    expect(cardTitles(container)).toEqual([COUNCIL, BANJIR, KOPI, CABAI]);
    await userEvent.selectOptions(sort, 'longest');
    expect(cardTitles(container)[0]).toBe(BANJIR);
    await userEvent.selectOptions(sort, 'shortest');
    expect(cardTitles(container).at(-1)).toBe(BANJIR);
  });

  it('filters by language, speaker and quotes', async () => {
    const { container } = renderLibrary('/');
    await screen.findByRole('link', { name: KOPI });
    await openFilters();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Article language' }), 'en');
    expect(cardTitles(container)).toEqual([COUNCIL]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Article language' }), '');
    const speaker = screen.getByRole('combobox', { name: 'Speaker' });
    await userEvent.type(speaker, 'Sumiyati');
    expect(cardTitles(container)).toEqual([CABAI]);
    expect(screen.getByRole('button', { name: /^Filter and sort/ })).toHaveAccessibleName(
      'Filter and sort (1 filter on)',
    );
    await userEvent.clear(speaker);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Has quotes' }));
    expect(cardTitles(container)).not.toContain(BANJIR);
    expect(screen.getByText('3 articles of 4')).toBeInTheDocument();
  });

  it('keeps sort and filters in the URL, and the back button undoes them', async () => {
    const { router, container } = renderLibrary('/?sort=oldest&lang=id');
    await screen.findByRole('link', { name: KOPI });
    expect(cardTitles(container)).toEqual([BANJIR, KOPI, CABAI]);
    await openFilters();
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('oldest');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Has quotes' }));
    expect(router.state.location.search).toBe('?sort=oldest&lang=id&quotes=1');
    expect(cardTitles(container)).toEqual([KOPI, CABAI]);
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?sort=oldest&lang=id');
    expect(cardTitles(container)).toEqual([BANJIR, KOPI, CABAI]);
    expect(screen.getByRole('checkbox', { name: 'Has quotes' })).not.toBeChecked();
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { router } = renderLibrary('/?lang=en&speaker=Sumiyati');
    expect(await screen.findByRole('heading', { name: 'No articles match' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('link', { name: KOPI })).toBeInTheDocument();
  });

  it('explains how to add seeds when the library is empty', async () => {
    renderLibrary('/', buildLibrary([]));
    expect(await screen.findByRole('heading', { name: 'No articles yet' })).toBeInTheDocument();
    expect(screen.getByText(/seeds\/ folder/)).toBeInTheDocument();
  });

  it('lists everyone quoted in the Speakers view: find by name or letter, then their page', async () => {
    renderLibrary('/speakers');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Sumiyati' });
    const entry = heading.closest('li');
    if (entry === null) throw new Error('no entry');
    expect(entry).toHaveTextContent('2 quotes in 1 article');
    expect(within(entry).getByRole('link', { name: CABAI })).toBeInTheDocument();
    // Find by name, accents and case aside, and by first letter.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'SUMI');
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Sumiyati']);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a person' }));
    await userEvent.click(screen.getByRole('button', { name: 'A' }));
    expect(
      within(screen.getByRole('main'))
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Amira Shah']);
    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    // Their page: every quote, each linking to its place in the article.
    await userEvent.click(screen.getByRole('link', { name: 'Sumiyati' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sumiyati' })).toBeInTheDocument();
    const quotes = screen.getByRole('list', { name: 'Quotes of Sumiyati, newest article first' });
    expect(within(quotes).getAllByRole('blockquote')).toHaveLength(2);
    const places = within(quotes).getAllByRole('link', { name: 'Show in the article' });
    expect(places.map((link) => link.getAttribute('href'))).toEqual([
      expect.stringMatching(/^\/articles\/[^#]+#quote-2-0$/u),
      expect.stringMatching(/^\/articles\/[^#]+#quote-3-0$/u),
    ]);
    await userEvent.click(
      screen.getByRole('link', { name: 'Articles quoting Sumiyati in the library' }),
    );
    await openFilters();
    expect(await screen.findByRole('combobox', { name: 'Speaker' })).toHaveValue('Sumiyati');
  });

  it('resets filters and sort in one go, keeping the search', async () => {
    const { router } = renderLibrary('/?q=kopi&sort=oldest&lang=id&quotes=1');
    await screen.findByRole('button', { name: /^Filter and sort/ });
    await openFilters();
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters and sort' }));
    expect(router.state.location.search).toBe('?q=kopi');
    expect(screen.queryByRole('button', { name: 'Reset filters and sort' })).toBeNull();
  });

  it('moves between articles with j and k, but not while typing', async () => {
    const { container } = renderLibrary('/');
    await screen.findByRole('link', { name: KOPI });
    const [first = '', second = ''] = cardTitles(container);
    await userEvent.keyboard('j');
    expect(screen.getByRole('link', { name: first })).toHaveFocus();
    await userEvent.keyboard('j');
    expect(screen.getByRole('link', { name: second })).toHaveFocus();
    await userEvent.keyboard('k');
    expect(screen.getByRole('link', { name: first })).toHaveFocus();
    await userEvent.click(screen.getByRole('searchbox'));
    await userEvent.keyboard('j');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.getByRole('searchbox')).toHaveValue('j');
  });
});
