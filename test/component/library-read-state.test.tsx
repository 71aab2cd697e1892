// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseReadState,
  READ_STATE_KEY,
  readProgress,
  readStateStore,
  saveProgress,
} from '../../src/data/read-state.ts';
import { cardTitles, renderLibrary, openFilters } from './library-sample.ts';

// The library tests never open an article; the reader has its own tests.
vi.mock('../../src/features/reader/reader-route.tsx', () => ({ ReaderRoute: () => null }));

const KOPI = 'Kopi Désa Sukamaju Tembus Pasar Eropa';
const CABAI = 'Harga Cabai di Pasar Kranggan Naik Lagi';

beforeEach(() => {
  localStorage.clear();
  readStateStore.set({});
});

describe('read-state storage', () => {
  it('keeps progress per article, clamped to 0–1, and stores it versioned', () => {
    saveProgress('a', 0.4, 1000);
    saveProgress('b', 7, 2000);
    saveProgress('c', Number.NaN, 3000);
    expect(readProgress('a')).toBe(0.4);
    expect(readProgress('b')).toBe(1);
    expect(readProgress('c')).toBeNull();
    const stored = JSON.parse(localStorage.getItem(READ_STATE_KEY) ?? 'null') as unknown;
    expect(stored).toEqual({
      version: 1,
      articles: { a: { fraction: 0.4, updatedAt: 1000 }, b: { fraction: 1, updatedAt: 2000 } },
    });
  });

  it('reads corrupt, foreign or future values as "nothing read", never throwing', () => {
    for (const value of [null, 'x', 42, [], { version: 2, articles: {} }, { version: 1 }]) {
      expect(parseReadState(value)).toEqual({});
    }
    expect(
      parseReadState({
        version: 1,
        articles: {
          ok: { fraction: 0.5, updatedAt: 1 },
          text: { fraction: 'half', updatedAt: 1 },
          nan: { fraction: null, updatedAt: 1 },
          list: [1, 2],
          big: { fraction: 9, updatedAt: 1 },
        },
      }),
    ).toEqual({ ok: { fraction: 0.5, updatedAt: 1 }, big: { fraction: 1, updatedAt: 1 } });
  });

  it('shows the library normally when storage holds garbage', async () => {
    localStorage.setItem(READ_STATE_KEY, '{"version":1,"articles":{"x":');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: READ_STATE_KEY }));
    });
    renderLibrary('/');
    expect(await screen.findByRole('link', { name: KOPI })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Continue reading' })).toBeNull();
  });
});

describe('read state in the library', () => {
  it('shows progress on the card and offers the unfinished article to continue', async () => {
    const { library } = renderLibrary('/');
    const kopi = library.index.articles.find((a) => a.title === KOPI);
    const cabai = library.index.articles.find((a) => a.title === CABAI);
    if (kopi === undefined || cabai === undefined) throw new Error('missing articles');
    act(() => {
      saveProgress(cabai.id, 0.2, 1000);
      saveProgress(kopi.id, 0.6, 2000);
    });
    const section = await screen.findByRole('region', { name: 'Continue reading' });
    expect(within(section).getByRole('link', { name: KOPI })).toBeInTheDocument();
    expect(section).toHaveTextContent('60% read');
  });

  it('hides read articles with the "Unread" filter; marking unread brings them back', async () => {
    const { container, library } = renderLibrary('/?unread=1');
    await screen.findByRole('link', { name: KOPI });
    await userEvent.click(screen.getByRole('button', { name: `Mark as read: ${KOPI}` }));
    expect(cardTitles(container)).not.toContain(KOPI);
    await openFilters();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread' }));
    const card = screen.getByRole('link', { name: KOPI }).closest('article');
    if (card === null) throw new Error('no card');
    expect(card).toHaveTextContent('Read');
    await userEvent.click(within(card).getByRole('button', { name: `Mark as unread: ${KOPI}` }));
    const id = library.index.articles.find((a) => a.title === KOPI)?.id ?? '';
    expect(readProgress(id)).toBeNull();
  });
});
