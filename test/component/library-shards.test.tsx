// @vitest-environment jsdom
// A library served in list shards (as the build writes them for HTTP): the list shows what
// has arrived, fetches the rest as rows come into view, and loads every shard only for views
// that need them all.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes.tsx';
import { buildListFiles } from '../../src/build/list-files.ts';
import {
  LIST_MANIFEST,
  type ListFacet,
  type ListManifest,
  type ListShard,
} from '../../src/config/list.ts';
import { openFromList } from '../../src/data/list-context.ts';
import { READ_STATE_KEY } from '../../src/data/read-state.ts';
import type { DataSource } from '../../src/data/source.ts';
import { cardTitles, libraryTestData, openFilters, serveSearchIndex } from './library-sample.ts';

vi.mock('../../src/features/reader/reader-route.tsx', () => ({ ReaderRoute: () => null }));

const library = libraryTestData();
const titles = library.index.articles.map((article) => article.title);

/**
 * The sample library served one article per shard, recording what was fetched; `facets`
 * serves the list's facet files too (as the build writes them), else filters need every shard.
 */
function renderSharded(
  url: string,
  { facets = false, withoutIds = false }: { facets?: boolean; withoutIds?: boolean } = {},
) {
  const files = buildListFiles(library.index, 1);
  if (withoutIds) {
    // A list written before the ids facet existed.
    const manifest = JSON.parse(files.get(LIST_MANIFEST) ?? '') as ListManifest;
    const older = { ...manifest.facets };
    delete older.ids;
    files.set(LIST_MANIFEST, JSON.stringify({ ...manifest, facets: older }));
  }
  const fetched: string[] = [];
  const source: DataSource = {
    index: () => {
      fetched.push('index.json');
      return Promise.resolve(library.index);
    },
    article: () => Promise.resolve(null),
    list: {
      manifest: () => {
        fetched.push('manifest');
        return Promise.resolve(JSON.parse(files.get(LIST_MANIFEST) ?? '') as ListManifest);
      },
      shard: (file) => {
        fetched.push(file);
        return Promise.resolve(JSON.parse(files.get(`list/${file}`) ?? '') as ListShard);
      },
      ...(facets
        ? {
            facet: (file: string) => {
              fetched.push(file);
              return Promise.resolve(JSON.parse(files.get(`list/${file}`) ?? '') as ListFacet);
            },
          }
        : {}),
    },
  };
  const router = createMemoryRouter(createRoutes(source), { initialEntries: [url] });
  return { fetched, ...render(createElement(RouterProvider, { router })) };
}

const shardsIn = (fetched: readonly string[]) =>
  fetched.filter(
    (name) => name !== 'manifest' && name !== 'index.json' && !name.startsWith('facet-'),
  );

beforeEach(() => {
  localStorage.clear();
  window.dispatchEvent(new StorageEvent('storage', { key: READ_STATE_KEY }));
  serveSearchIndex(library);
});
afterEach(() => vi.unstubAllGlobals());

describe('library in shards', () => {
  it('shows the first shard, then the rest as their rows come into view', async () => {
    const { container, fetched } = renderSharded('/');
    await screen.findByText(`${titles.length} articles`);
    await waitFor(() => expect(cardTitles(container)).toEqual(titles));
    expect(screen.queryByText('Loading article…')).toBeNull();
    // Each shard once, and never the whole index.
    expect(shardsIn(fetched)).toHaveLength(titles.length);
    expect(new Set(shardsIn(fetched)).size).toBe(titles.length);
    expect(fetched).not.toContain('index.json');
  });

  it('oldest first places the undated last, from the shards', async () => {
    const { container } = renderSharded('/?sort=oldest');
    const dated = library.index.articles.filter((a) => a.published !== undefined);
    const undated = library.index.articles.filter((a) => a.published === undefined);
    const expected = [...dated.reverse(), ...undated].map((a) => a.title);
    await waitFor(() => expect(cardTitles(container)).toEqual(expected));
  });

  it('finds an article by the full-text search without the whole list', async () => {
    const { container, fetched } = renderSharded('/');
    await userEvent.type(await screen.findByRole('searchbox'), 'banjir');
    await waitFor(() => expect(screen.queryByText(/loading full-text search/)).toBeNull());
    await waitFor(() =>
      expect(cardTitles(container)).toEqual(['Banjir Rendam Ratusan Rumah di Bandung Selatan']),
    );
    expect(screen.getByText(`1 article of ${titles.length}`)).toBeInTheDocument();
    expect(fetched).not.toContain('index.json');
  });

  it('a filter loads every shard and counts exactly', async () => {
    const { container, fetched } = renderSharded('/');
    await screen.findByText(`${titles.length} articles`);
    await openFilters();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Article language' }),
      within(screen.getByRole('combobox', { name: 'Article language' })).getByRole('option', {
        name: /English/u,
      }),
    );
    await waitFor(() =>
      expect(cardTitles(container)).toEqual([
        'Council approves new cycle lanes for the city centre',
      ]),
    );
    expect(screen.getByText(`1 article of ${titles.length}`)).toBeInTheDocument();
    expect(new Set(shardsIn(fetched)).size).toBe(titles.length);
  });

  it('with facet files, a language filter and a sort by length fetch only the rows on screen', async () => {
    const { container, fetched } = renderSharded('/', { facets: true });
    await screen.findByText(`${titles.length} articles`);
    const before = new Set(shardsIn(fetched)).size;
    await openFilters();
    const language = await screen.findByRole('combobox', { name: 'Article language' });
    await userEvent.selectOptions(
      language,
      within(language).getByRole('option', { name: /English \(1 article\)/u }),
    );
    await waitFor(() =>
      expect(cardTitles(container)).toEqual([
        'Council approves new cycle lanes for the city centre',
      ]),
    );
    expect(screen.getByText(`1 article of ${titles.length}`)).toBeInTheDocument();
    // The facet files said which article: one more shard at most, never the whole list.
    expect(new Set(shardsIn(fetched)).size).toBeLessThanOrEqual(before + 1);
    expect(fetched.some((name) => name.startsWith('facet-languages-'))).toBe(true);
    expect(fetched).not.toContain('index.json');
  });

  it('with facet files, the panel lists languages and, when the speaker field is used, everyone quoted from them', async () => {
    const { container, fetched } = renderSharded('/?sort=longest', { facets: true });
    await screen.findByText(`${titles.length} articles`);
    await openFilters();
    const language = await screen.findByRole('combobox', { name: 'Article language' });
    expect(within(language).getByRole('option', { name: /English \(1 article\)/u })).toBeVisible();
    expect(fetched.some((name) => name.startsWith('facet-shortest-'))).toBe(true);
    const speaker = screen.getByRole('combobox', { name: 'Speaker' });
    expect(container.querySelectorAll('datalist option')).toHaveLength(0);
    expect(fetched.some((name) => name.startsWith('facet-speakers-'))).toBe(false);
    await userEvent.click(speaker);
    await waitFor(() =>
      expect(container.querySelectorAll('datalist option').length).toBeGreaterThan(0),
    );
    expect(fetched.some((name) => name.startsWith('facet-speakers-'))).toBe(true);
    // Picking someone filters by the facet: their article, counted exactly.
    const [first] = [...container.querySelectorAll('datalist option')].map(
      (option) => option.getAttribute('value') ?? '',
    );
    const quoting = library.index.articles.filter((a) => a.speakers.some(([n]) => n === first));
    await userEvent.type(speaker, first ?? '');
    await waitFor(() =>
      expect(cardTitles(container)).toEqual(
        [...quoting].sort((a, b) => b.wordCount - a.wordCount).map((a) => a.title),
      ),
    );
    expect(fetched).not.toContain('index.json');
  });

  it('with facet files, the unread filter leaves out what was read, counted exactly, without the whole list', async () => {
    const [first, , third] = library.index.articles;
    const last = library.index.articles.at(-1);
    const progress = (fraction: number) => ({ fraction, updatedAt: 1 });
    localStorage.setItem(
      READ_STATE_KEY,
      JSON.stringify({
        version: 1,
        articles: {
          [first?.id ?? '']: progress(1),
          [last?.id ?? '']: progress(0.97),
          [third?.id ?? '']: progress(0.3), // started, not read
          'an-article-no-longer-here': progress(1),
        },
      }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: READ_STATE_KEY }));
    const { container, fetched } = renderSharded('/?unread=1', { facets: true });
    const unread = titles.filter((title) => title !== first?.title && title !== last?.title);
    await waitFor(() => expect(cardTitles(container)).toEqual(unread));
    expect(screen.getByText(`${unread.length} articles of ${titles.length}`)).toBeInTheDocument();
    expect(fetched).not.toContain('index.json');
    // Marking one read from the list takes it out at once.
    await userEvent.click(
      screen.getByRole('button', { name: `Mark as read: ${third?.title ?? ''}` }),
    );
    await waitFor(() =>
      expect(cardTitles(container)).toEqual(unread.filter((title) => title !== third?.title)),
    );
    expect(fetched).not.toContain('index.json');
  });

  it('without the ids facet, the unread filter loads every shard and still counts exactly', async () => {
    const last = library.index.articles.at(-1);
    localStorage.setItem(
      READ_STATE_KEY,
      JSON.stringify({
        version: 1,
        articles: {
          [last?.id ?? '']: { fraction: 1, updatedAt: 1 },
          // Read once, since removed from the library: where it is cannot be asked.
          'an-article-no-longer-here': { fraction: 1, updatedAt: 1 },
        },
      }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: READ_STATE_KEY }));
    const { container, fetched } = renderSharded('/?unread=1', { facets: true, withoutIds: true });
    const unread = titles.filter((title) => title !== last?.title);
    await waitFor(() => expect(cardTitles(container)).toEqual(unread));
    expect(screen.getByText(`${unread.length} articles of ${titles.length}`)).toBeInTheDocument();
    expect(new Set(shardsIn(fetched)).size).toBe(titles.length);
  });

  it('back from an article far down a filtered list, focuses its card without the whole list', async () => {
    const last = library.index.articles.at(-1);
    if (last === undefined) throw new Error('no articles');
    const search = `?lang=${last.lang}`;
    const ids = library.index.articles.filter((a) => a.lang === last.lang).map((a) => a.id);
    const filters = { q: '', lang: last.lang, outlet: '', speaker: '', hasQuotes: false };
    openFromList(search, { ...filters, unread: false, sort: null }, ids, last.id);
    const { fetched } = renderSharded(`/${search}`, { facets: true });
    await waitFor(() => expect(screen.getByRole('link', { name: last.title })).toHaveFocus());
    // Its place from the ids facet, then its own shard (one article each here): not them all.
    const listShards = shardsIn(fetched).filter((name) => !name.startsWith('ids-'));
    expect(new Set(listShards).size).toBeLessThan(titles.length);
    expect(fetched).not.toContain('index.json');
  });
});
