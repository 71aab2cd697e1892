// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentList,
  MAX_IDS,
  neighboursInList,
  openFromList,
  readingInList,
  resetListContext,
  returned,
  returnSearch,
  returnTarget,
  type ListFilters,
} from '../../src/data/list-context.ts';
import { listName } from '../../src/features/reader/list-name.ts';
import { en } from '../../src/i18n/messages.ts';
import { id } from '../../src/i18n/messages-id.ts';

const catalogues = { en, id };
import { formatMessage } from '../../src/i18n/format.ts';

const NONE: ListFilters = {
  q: '',
  lang: '',
  outlet: '',
  speaker: '',
  hasQuotes: false,
  unread: false,
  sort: null,
};
const i18n = (locale: 'en' | 'id') => ({
  locale,
  t: (key: keyof (typeof catalogues)['en'], params?: Record<string, string | number>) =>
    formatMessage(catalogues[locale][key], locale, params),
});

beforeEach(() => resetListContext());

describe('the list an article was opened from', () => {
  it('gives the neighbours in that list, and the way back to it', () => {
    openFromList('?lang=de', { ...NONE, lang: 'de' }, ['a', 'b', 'c'], 'b');
    expect(neighboursInList('b')).toMatchObject({ previous: 'a', next: 'c' });
    expect(neighboursInList('a')).toMatchObject({ previous: null, next: 'b' });
    expect(neighboursInList('elsewhere')).toBeNull();
    expect(returnSearch()).toBe('?lang=de');
  });

  it('returns to the article being read, once, and only for the same view', () => {
    openFromList('?lang=de', { ...NONE, lang: 'de' }, ['a', 'b', 'c'], 'a');
    readingInList('c');
    readingInList('not-in-the-list');
    expect(returnTarget('')).toBeNull();
    expect(returnTarget('?lang=de')).toBe('c');
    returned();
    expect(returnTarget('?lang=de')).toBeNull();
    expect(returnSearch()).toBe('?lang=de');
  });

  it('reads what an earlier page of the tab stored, and ignores what it cannot read', () => {
    sessionStorage.setItem(
      'baca:list',
      JSON.stringify({
        search: '?q=x',
        filters: { ...NONE, q: 'x' },
        ids: ['x', 'y'],
        current: 'y',
      }),
    );
    expect(neighboursInList('y')).toMatchObject({ previous: 'x', next: null });
    resetListContext();
    sessionStorage.setItem('baca:list', '{"search":1}');
    expect(currentList()).toBeNull();
    resetListContext();
    sessionStorage.setItem('baca:list', 'not json');
    expect(currentList()).toBeNull();
  });

  it(`keeps at most ${MAX_IDS.toLocaleString('en')} ids`, () => {
    const ids = Array.from({ length: MAX_IDS + 10 }, (_, i) => `a${i}`);
    openFromList('', NONE, ids, 'a0');
    expect(currentList()?.ids).toHaveLength(MAX_IDS);
  });
});

describe('naming a list for "Next in …"', () => {
  it('names one filter, says "filtered" for several, and nothing for the whole library', () => {
    const en = i18n('en');
    expect(listName({ ...NONE, lang: 'de' }, en)).toBe('German articles');
    expect(listName({ ...NONE, speaker: 'Budi' }, en)).toBe('articles quoting Budi');
    expect(listName({ ...NONE, q: ' banjir ' }, en)).toBe('results for “banjir”');
    expect(listName({ ...NONE, lang: 'de', unread: true }, en)).toBe('your filtered list');
    expect(listName({ ...NONE, sort: 'oldest' }, en)).toBe('the library (oldest first)');
    expect(listName(NONE, en)).toBeNull();
    expect(listName({ ...NONE, sort: 'newest' }, en)).toBeNull();
    expect(listName({ ...NONE, lang: 'de' }, i18n('id'))).toBe('artikel berbahasa Jerman');
  });
});
