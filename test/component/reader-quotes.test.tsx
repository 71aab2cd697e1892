// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/data/types.ts';
import {
  formatApaCitation,
  formatCitation,
  quoteWords,
} from '../../src/features/reader/citation.ts';
import { ParagraphText } from '../../src/features/reader/paragraph-text.tsx';
import {
  collectQuotes,
  indexQuotes,
  speakerInitials,
} from '../../src/features/reader/quote-index.ts';
import { parseReadState, readProgress, saveProgress } from '../../src/data/read-state.ts';
import { sampleLibrary } from './sample-library.ts';

const seed = sampleLibrary().articles[0];
if (seed === undefined) throw new Error('the seed must parse');

function renderParagraph(paragraph: Paragraph, speakers = new Map([['Ani', 0]])) {
  const { container } = render(
    <ParagraphText paragraph={paragraph} index={3} initials={new Map()} speakerIndex={speakers} />,
  );
  const p = container.querySelector('p');
  if (p === null) throw new Error('no paragraph');
  return p;
}

describe('quotes in a paragraph', () => {
  it('turns offsets into one element per quote, every character kept exactly once', () => {
    const text = 'Kata "teroris" dipakai. “Kami siap,” ujar Ani, lalu pergi.';
    const p = renderParagraph({
      text,
      quotes: [
        { start: 5, end: 14, kind: 'scare' },
        { start: 24, end: 36, kind: 'direct', speaker: 'Ani' },
      ],
    });
    expect(p.textContent).toBe(text);
    const quotes = [...p.querySelectorAll('q.quote')];
    expect(quotes.map((q) => q.textContent)).toEqual(['"teroris"', '“Kami siap,”']);
    expect(quotes.map((q) => q.getAttribute('data-quote-kind'))).toEqual(['scare', 'direct']);
    expect(quotes[1]).toHaveAttribute('data-speaker', 'Ani');
    expect(quotes[1]).toHaveAttribute('id', 'quote-3-1');
    expect(quotes[1]).toHaveAttribute('tabindex', '0');
    expect(quotes[0]).not.toHaveAttribute('tabindex');
  });

  it('renders markup in the text as text', () => {
    const quoted = '"<b>bold</b> <img src=x onerror=alert(1)>"';
    const text = `He wrote ${quoted} here.`;
    const start = text.indexOf(quoted);
    const p = renderParagraph({
      text,
      quotes: [{ start, end: start + quoted.length, kind: 'direct', speaker: 'Ani' }],
    });
    expect(p.textContent).toBe(text);
    expect(p.querySelector('b, img')).toBeNull();
    expect(p.querySelector('q')?.textContent).toBe(quoted);
  });

  it('drops broken offsets without losing or repeating text', () => {
    const text = 'abc "def" ghi';
    const p = renderParagraph({
      text,
      quotes: [
        { start: 4, end: 9, kind: 'scare' },
        { start: 6, end: 11, kind: 'scare' },
        { start: 10, end: 99, kind: 'direct' },
      ],
    });
    expect(p.textContent).toBe(text);
    expect(p.querySelectorAll('q')).toHaveLength(1);
  });

  it('gives each speaker one colour and one set of initials throughout the article, and describes the quote', () => {
    const { speakerIndex, initials } = indexQuotes(seed);
    const { container } = render(
      <>
        {seed.paragraphs.map((paragraph, i) => (
          <ParagraphText
            key={i}
            index={i}
            paragraph={paragraph}
            initials={initials}
            speakerIndex={speakerIndex}
          />
        ))}
      </>,
    );
    const tokayev = [...container.querySelectorAll('[data-speaker*="Tokayev"]')];
    expect(tokayev).toHaveLength(3);
    expect(new Set(tokayev.map((q) => q.getAttribute('data-tone')))).toEqual(new Set(['0']));
    expect(container.querySelector('[data-speaker="pihak berwenang Almaty"]')).toHaveAttribute(
      'data-tone',
      '1',
    );
    expect(tokayev[0]).toHaveAttribute('aria-describedby', 'speaker-0');
    // Not by colour alone: initials, drawn by CSS so the text itself is unchanged.
    expect(new Set(tokayev.map((q) => q.getAttribute('data-initials')))).toEqual(new Set(['T']));
    expect(container.querySelector('[data-speaker="pihak berwenang Almaty"]')).toHaveAttribute(
      'data-initials',
      'PA',
    );
    expect(container.textContent).toBe(seed.paragraphs.map((p) => p.text).join(''));
    expect(container.querySelectorAll('[data-quote-kind="direct"]')).toHaveLength(4);
    expect(container.querySelectorAll('[data-quote-kind="scare"]')).toHaveLength(4);
  });
});

describe('the quote index', () => {
  it('groups the seed quotes by speaker, most quoted first', () => {
    const index = indexQuotes(seed);
    expect(index.speakers.map((group) => [group.name, group.quotes.length])).toEqual([
      ['Tokayev', 3],
      ['pihak berwenang Almaty', 1],
    ]);
    expect(index.scare).toHaveLength(4);
    expect(index.directCount).toBe(4);
  });

  it('joins a quote that runs over two paragraphs into one entry', () => {
    const entries = collectQuotes([
      { text: '“Satu dua', quotes: [{ start: 0, end: 9, kind: 'direct', continuesToNext: true }] },
      {
        text: 'tiga empat,” kata Ani.',
        quotes: [
          { start: 0, end: 12, kind: 'direct', speaker: 'Ani', continuesFromPrevious: true },
        ],
      },
    ]);
    expect(entries).toEqual([{ id: 'quote-0-0', kind: 'direct', text: '“Satu dua tiga empat,”' }]);
  });
});

describe('citations', () => {
  it('cites a quote with speaker, title and date', () => {
    expect(
      formatCitation({
        text: '“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu,”',
        speaker: 'Tokayev',
        title: seed.title,
        date: '6 Jan 2022',
        inWord: 'in',
      }),
    ).toBe(
      `“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu” — Tokayev, in "${seed.title}", 6 Jan 2022`,
    );
  });

  it('cites APA-like: the speaker as cited in the author, then the reference', () => {
    expect(
      formatApaCitation({
        text: '«Nous resterons.»',
        speaker: 'Marie Dubois',
        title: 'Les boulangers de Rennes',
        published: '2024-03-04',
        author: 'Claire Martin',
        outlet: 'Ouest Matin',
        url: 'https://ouestmatin.example/a',
      }),
    ).toBe(
      '“Nous resterons.” (Marie Dubois, as cited in Claire Martin, 2024).\nClaire Martin. (2024, March 4). Les boulangers de Rennes. Ouest Matin. https://ouestmatin.example/a',
    );
    expect(formatApaCitation({ text: '"Cukup,"', title: 'Judul' })).toBe(
      '“Cukup” (Judul, n.d.).\nJudul. (n.d.).',
    );
  });

  it('strips any kind of quote marks but keeps a closing full stop', () => {
    expect(quoteWords('«Nous resterons.»')).toBe('Nous resterons.');
    expect(quoteWords('"teroris”')).toBe('teroris');
  });
});

describe('reading progress', () => {
  it('remembers how far each article was read', () => {
    expect(readProgress('never-opened')).toBeNull();
    saveProgress('a', 0.42, 1);
    saveProgress('b', 7, 2);
    expect(readProgress('a')).toBe(0.42);
    expect(readProgress('b')).toBe(1);
  });

  it('reads corrupt storage as never opened', () => {
    const corrupt = parseReadState({ version: 1, articles: { a: { fraction: 'x' } } });
    expect(readProgress('a', corrupt)).toBeNull();
    expect(readProgress('a', parseReadState('[['))).toBeNull();
    expect(readProgress('a', parseReadState({ version: 99, articles: {} }))).toBeNull();
    saveProgress('c', 0.5, 3);
    expect(readProgress('c')).toBe(0.5);
  });
});

describe('speaker initials', () => {
  it('are short, and unique within an article whatever the names', () => {
    expect([
      ...speakerInitials(['Kassym-Jomart Tokayev', 'Tokayev', 'Budi', 'Bambang']).values(),
    ]).toEqual(['KT', 'T', 'B', 'BA']);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 30 }),
        (names) => {
          const initials = [...speakerInitials(names).values()];
          expect(new Set(initials).size).toBe(names.length);
          for (const value of initials) expect(value.length).toBeGreaterThan(0);
        },
      ),
      { seed: 1201 },
    );
  });
});
