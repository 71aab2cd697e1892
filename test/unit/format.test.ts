import { describe, expect, it } from 'vitest';
import { formatDate, formatMessage } from '../../src/i18n/format.ts';

describe('formatMessage', () => {
  it('chooses plural forms by the locale rules, with # as the number', () => {
    const template = '{count, plural, one {# article} other {# articles}}';
    expect(formatMessage(template, 'en', { count: 1 })).toBe('1 article');
    expect(formatMessage(template, 'en', { count: 10000 })).toBe('10,000 articles');
  });

  it('fills parameters inside plural branches', () => {
    const template =
      '{count, plural, one {The article quoting {name}} other {All # articles quoting {name}}}';
    expect(formatMessage(template, 'en', { count: 1, name: 'Tokayev' })).toBe(
      'The article quoting Tokayev',
    );
    expect(formatMessage(template, 'en', { count: 3, name: 'Tokayev' })).toBe(
      'All 3 articles quoting Tokayev',
    );
  });

  it('prefers exact =N branches', () => {
    expect(
      formatMessage('{count, plural, =0 {no quotes} other {# quotes}}', 'en', { count: 0 }),
    ).toBe('no quotes');
  });
});

describe('formatDate', () => {
  it('formats a calendar date in the reader’s locale without time-zone shifts', () => {
    expect(formatDate('2022-01-06', 'en')).toBe('January 6, 2022');
    expect(formatDate('2022-01-06', 'id')).toBe('6 Januari 2022');
  });
});
