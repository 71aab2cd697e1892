// @vitest-environment jsdom
// The Speakers page of a library served in speaker shards (as the build writes them for
// HTTP): finding a name, a letter and A–Z order fetch the one file of the letter and the
// shards of the rows shown, never every shard nor the library's index.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes.tsx';
import { buildSpeakerFiles } from '../../src/build/speaker-files.ts';
import {
  NAME_ORDER_LOCALE,
  SPEAKERS_MANIFEST,
  type SpeakersManifest,
} from '../../src/config/speakers.ts';
import { speakerCards } from '../../src/data/speaker-cards.ts';
import { byName } from '../../src/data/speakers-by-name.ts';
import type { DataSource } from '../../src/data/source.ts';
import { quotingLibrary } from '../quoting-library.ts';

vi.mock('../../src/features/reader/reader-route.tsx', () => ({ ReaderRoute: () => null }));

const GIVEN = ['Budi', 'Sri', 'Joko', 'Wulan', 'Agus', 'Dewi', 'Made', 'Putu', 'Rina', 'Eko'];
const FAMILY = ['Santoso', 'Widodo', 'Mulyani', 'Hartono', 'Lestari', 'Nugroho', 'Wibowo'];

/** 300 people, each quoted in one article, the n-th person n % 9 + 1 times. */
const index = quotingLibrary(
  Array.from({ length: 300 }, (_, n) => [
    [`${GIVEN[n % GIVEN.length]} ${FAMILY[n % FAMILY.length]} ${n}`, (n % 9) + 1],
  ]),
);

/** The page over the build's speaker files; `offline` files fail to load. */
function renderSpeakers(offline: (file: string) => boolean = () => false) {
  const files = buildSpeakerFiles(index, 10);
  const fetched: string[] = [];
  const read = <T,>(file: string): Promise<T> => {
    fetched.push(file);
    if (offline(file)) return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(JSON.parse(files.get(`speakers/${file}`) ?? '') as T);
  };
  const source: DataSource = {
    index: () => {
      fetched.push('index.json');
      return Promise.resolve(index);
    },
    article: () => Promise.resolve(null),
    speakers: {
      manifest: () =>
        Promise.resolve(JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest),
      shard: read,
      names: read,
      ids: read,
      find: read,
      letter: read,
      crowd: read,
    },
  };
  const router = createMemoryRouter(createRoutes(source), { initialEntries: ['/speakers'] });
  render(createElement(RouterProvider, { router }));
  const manifest = JSON.parse(files.get(SPEAKERS_MANIFEST) ?? '') as SpeakersManifest;
  return { fetched, manifest };
}

type Shards = SpeakersManifest['shards'];
const isIn = (shards: Shards, file: string) => shards.some(([, , each]) => each === file);
/** The files of the shards holding these places. */
const shardsOf = (shards: Shards, places: readonly number[]) =>
  new Set(
    shards
      .filter(([from, count]) => places.some((place) => place >= from && place < from + count))
      .map(([, , file]) => file),
  );

const names = () =>
  within(screen.getByRole('main'))
    .queryAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('the Speakers page in shards', () => {
  it('finds a name, a letter and A–Z without every shard', async () => {
    const { fetched, manifest } = renderSpeakers();
    await screen.findByText('300 people quoted');
    // Pasted at once (typed letter by letter, "w" would fetch the first screen of its own).
    await userEvent.click(screen.getByRole('searchbox', { name: 'Find a person' }));
    await userEvent.paste('wid');
    // 43 people: the first screen of them arrives (up to 60 entries before the list is virtual).
    await waitFor(() => expect(names().length).toBe(43));
    expect(names().every((name) => name.includes('Widodo'))).toBe(true);
    expect(screen.getByText('43 people quoted')).toBeInTheDocument();
    // Most quoted first: the counts never rise down the list.
    const quotes = names().map((name) => (Number(name.split(' ').at(-1)) % 9) + 1);
    expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
    // The shards fetched: the first (the page's first screen) and those holding the 43.
    const cards = speakerCards(index.articles);
    const quoteShards = shardsOf(manifest.shards, [
      0,
      ...names().map((name) => cards.findIndex((card) => card.name === name)),
    ]);
    expect(new Set(fetched.filter((file) => isIn(manifest.shards, file)))).toEqual(quoteShards);

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Find a person' }));
    await userEvent.click(screen.getByRole('button', { name: 'W' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'A–Z');
    await waitFor(() => expect(names().length).toBe(30));
    expect(names().every((name) => name.startsWith('Wulan'))).toBe(true);
    expect(names()).toEqual([...names()].sort((a, b) => new Intl.Collator('en').compare(a, b)));
    // A letter A–Z is a range of the A–Z shards: only those holding it.
    const az = byName(cards, NAME_ORDER_LOCALE);
    const azShards = shardsOf(
      manifest.byName ?? [],
      names().map((name) => az.findIndex((card) => card.name === name)),
    );
    expect(new Set(fetched.filter((file) => isIn(manifest.byName ?? [], file)))).toEqual(azShards);

    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(names()[0]).toMatch(/^Agus /u));
    expect(fetched).not.toContain('index.json');
    // One file for "wi", one for the letter W most quoted first; A–Z needs none.
    expect(fetched.filter((file) => file.startsWith('find-'))).toHaveLength(1);
    expect(fetched.filter((file) => file.startsWith('letter-'))).toHaveLength(1);
    for (const shards of [manifest.shards, manifest.byName ?? []]) {
      const files = new Set(shards.map(([, , file]) => file));
      expect(fetched.filter((file) => files.has(file)).length).toBeLessThan(files.size);
    }
  });

  it('offline without the name files (not precached), finds a name from the shards it has', async () => {
    const { fetched, manifest } = renderSpeakers((file) => /^(find|letter|az)-/u.test(file));
    await screen.findByText('300 people quoted');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'wid');
    await waitFor(() => expect(names().length).toBe(43));
    expect(names().every((name) => name.includes('Widodo'))).toBe(true);
    // "w" tried the letter's file once, then every shard served the rest.
    expect(fetched.filter((file) => /^(find|letter)-/u.test(file))).toHaveLength(1);
    expect(new Set(fetched.filter((file) => isIn(manifest.shards, file))).size).toBe(
      manifest.shards.length,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'A–Z');
    await waitFor(() => expect(names()[0]).toMatch(/^Agus Widodo/u));
  });

  it('asks again for the rows of a letter once back online', async () => {
    let online = false;
    const { manifest } = renderSpeakers((file) => !online && isIn(manifest.shards.slice(1), file));
    await screen.findByText('300 people quoted');
    await userEvent.click(screen.getByRole('button', { name: 'W' }));
    await screen.findByText('30 people quoted');
    // Offline: the letter is known, its people's shards are not.
    expect(names().every((name) => name.startsWith('Wulan'))).toBe(true);
    expect(names().length).toBeLessThan(30);
    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(names().length).toBe(30));
  });
});
