// The eval scorer: what counts for and against each metric, on hand-made labels and articles.
import { describe, expect, it } from 'vitest';
import {
  EXCERPT_LENGTH,
  scoreFile,
  summarise,
  type Failure,
  type Label,
  type LabelQuote,
} from '../../src/build/score.ts';
import type { Article, Paragraph, Quote } from '../../src/pipeline/types.ts';

interface QuoteSpec {
  text: string;
  kind?: Quote['kind'];
  speaker?: string;
}

/** A paragraph whose quotes are located by their text (marks included). */
function makeParagraph(text: string, quotes: QuoteSpec[] = []): Paragraph {
  return {
    text,
    quotes: quotes.map((spec) => {
      const start = text.indexOf(spec.text);
      if (start < 0) throw new Error(`quote not in paragraph: ${spec.text}`);
      return {
        start,
        end: start + spec.text.length,
        kind: spec.kind ?? 'direct',
        ...(spec.speaker === undefined ? {} : { speaker: spec.speaker }),
      };
    }),
  };
}

function makeArticle(paragraphs: Paragraph[], fields: Partial<Article> = {}): Article {
  return {
    id: 'banjir-di-kota-contoh',
    source: 'id_contoh_01.txt',
    title: 'Banjir di Kota Contoh',
    lang: 'id',
    dateline: 'JAKARTA',
    published: '2024-03-05',
    excerpt: '',
    wordCount: 40,
    readingMinutes: 1,
    speakers: [],
    paragraphs,
    ...fields,
  };
}

function makeLabel(quotes: LabelQuote[], fields: Partial<Label> = {}): Label {
  return {
    file: 'id_contoh_01.txt',
    lang: 'id',
    title: 'Banjir di Kota Contoh',
    dateline: 'JAKARTA',
    published: '2024-03-05',
    editor: null,
    noise: [],
    paragraphCount: 2,
    firstParagraphStart: 'Hujan deras',
    lastParagraphStart: '"Kami',
    quotes,
    ...fields,
  };
}

const LEAD = 'Hujan deras membuat sungai meluap, kata Budi Santoso.';
const QUOTE = '"Kami sudah siap mengungsi," kata Budi.';

/** One direct quote in the second paragraph, with the given predicted speaker. */
function articleQuoting(speaker?: string, kind: Quote['kind'] = 'direct'): Article {
  const quote: QuoteSpec = { text: '"Kami sudah siap mengungsi,"', kind };
  return makeArticle([
    makeParagraph(LEAD),
    makeParagraph(QUOTE, [speaker === undefined ? quote : { ...quote, speaker }]),
  ]);
}

const directQuote = (speaker: string[] | null | undefined): LabelQuote => ({
  text: 'Kami sudah siap mengungsi,',
  kind: 'direct',
  ...(speaker === undefined ? {} : { speaker }),
});

const kinds = (failures: Failure[]): string[] => failures.map((failure) => failure.kind);

describe('scoreFile', () => {
  it('gives full marks and no failures when the article matches its label', () => {
    const score = scoreFile(
      makeLabel([directQuote(['Budi', 'Budi Santoso'])]),
      articleQuoting('Budi'),
    );
    expect(score).toMatchObject({ title: true, paragraphs: 1, metadata: 1, noiseKept: [] });
    expect(score.direct).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.speakers).toEqual({
      named: 1,
      correct: 1,
      given: 1,
      unattributed: 0,
      unattributedKept: 0,
    });
    expect(score.failures).toEqual([]);
  });

  it('does not score the title when the label title is null', () => {
    const score = scoreFile(
      makeLabel([], { title: null }),
      makeArticle([makeParagraph(LEAD), makeParagraph(QUOTE)], { title: 'Something else' }),
    );
    expect(score.title).toBeNull();
    expect(kinds(score.failures)).not.toContain('title wrong');
  });

  it('ignores a leading bullet on the labelled headline', () => {
    const score = scoreFile(makeLabel([], { title: '• Banjir di Kota Contoh' }), articleQuoting());
    expect(score.title).toBe(true);
  });

  it('scores a null published date as "no date" and leaves an absent field unscored', () => {
    const label = makeLabel([], { published: null });
    delete label.dateline;
    const score = scoreFile(label, articleQuoting());
    // lang and editor match, published does not, dateline is not counted.
    expect(score.metadata).toBeCloseTo(2 / 3);
    expect(score.failures).toContainEqual({
      kind: 'metadata: published',
      excerpt: '',
      detail: 'got 2024-03-05, want ∅',
    });
  });

  it('checks the paragraph count and the first and last paragraph starts separately', () => {
    const score = scoreFile(
      makeLabel([directQuote(null)], { paragraphCount: 3, lastParagraphStart: 'Banjir surut' }),
      articleQuoting(),
    );
    expect(score.paragraphs).toBeCloseTo(1 / 3);
    expect(kinds(score.failures)).toEqual(['paragraph count', 'last paragraph']);
  });

  it('reports labelled noise lines that survive as paragraphs', () => {
    const article = makeArticle([makeParagraph(LEAD), makeParagraph('Baca juga: Banjir lagi')]);
    const score = scoreFile(
      makeLabel([], { noise: ['Baca juga: Banjir lagi', 'ADVERTISEMENT'] }),
      article,
    );
    expect(score.noiseKept).toEqual(['Baca juga: Banjir lagi']);
    expect(score.noiseLabelled).toBe(2);
    expect(score.failures).toContainEqual({
      kind: 'noise kept',
      excerpt: 'Baca juga: Banjir lagi',
    });
  });

  it('counts a quote found with the other kind as a miss of one kind and an extra of the other', () => {
    const score = scoreFile(makeLabel([directQuote(['Budi'])]), articleQuoting(undefined, 'scare'));
    expect(score.direct).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.scare).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(kinds(score.failures)).toEqual(['kind confused']);
    // A quote found with the wrong kind is not a found direct quote, so no speaker is scored.
    expect(score.speakers.named).toBe(0);
  });

  it('reports missed labelled quotes and extra predicted ones', () => {
    const label = makeLabel([{ text: 'banjir kiriman', kind: 'scare' }]);
    const score = scoreFile(label, articleQuoting('Budi'));
    expect(score.scare.fn).toBe(1);
    expect(score.direct.fp).toBe(1);
    expect(score.failures).toEqual([
      { kind: 'scare missed', excerpt: 'banjir kiriman' },
      { kind: 'extra quote', excerpt: 'Kami sudah siap mengungsi', detail: 'direct' },
    ]);
  });

  it('accepts any listed speaker answer, ignoring case', () => {
    const score = scoreFile(
      makeLabel([directQuote(['Budi', 'Budi Santoso'])]),
      articleQuoting('budi santoso'),
    );
    expect(score.speakers.correct).toBe(1);
  });

  it('counts a wrong speaker as given but not correct', () => {
    const score = scoreFile(makeLabel([directQuote(['Budi'])]), articleQuoting('Santoso Budi'));
    expect(score.speakers).toMatchObject({ named: 1, given: 1, correct: 0 });
    expect(score.failures).toContainEqual({
      kind: 'speaker wrong',
      excerpt: 'Kami sudah siap mengungsi,',
      detail: 'got Santoso Budi, want Budi',
    });
  });

  it('counts a quote left without a speaker as an abstention', () => {
    const score = scoreFile(makeLabel([directQuote(['Budi'])]), articleQuoting());
    expect(score.speakers).toMatchObject({ named: 1, given: 0, correct: 0 });
    expect(kinds(score.failures)).toEqual(['speaker abstained']);
  });

  it('expects no speaker for a quote labelled with an empty speaker list', () => {
    const kept = scoreFile(makeLabel([directQuote([])]), articleQuoting());
    expect(kept.speakers).toMatchObject({ unattributed: 1, unattributedKept: 1 });
    const given = scoreFile(makeLabel([directQuote([])]), articleQuoting('Budi'));
    expect(given.speakers).toMatchObject({ unattributed: 1, unattributedKept: 0 });
    expect(kinds(given.failures)).toEqual(['speaker given where none labelled']);
  });

  it('leaves an empty speaker list unscored when the corpus uses it for "not annotated"', () => {
    const score = scoreFile(makeLabel([directQuote([])]), articleQuoting('Budi'), {
      emptySpeaker: 'unscored',
    });
    expect(score.direct.tp).toBe(1);
    expect(score.speakers).toMatchObject({ named: 0, unattributed: 0 });
    expect(score.failures).toEqual([]);
  });

  it('leaves a null or absent speaker list unscored', () => {
    for (const speaker of [null, undefined]) {
      const score = scoreFile(makeLabel([directQuote(speaker)]), articleQuoting('Budi'));
      expect(score.speakers).toMatchObject({ named: 0, unattributed: 0 });
    }
  });

  it('fails every scored check for a missing article', () => {
    const score = scoreFile(makeLabel([directQuote(['Budi'])]), null);
    expect(score).toMatchObject({ title: false, paragraphs: 0, metadata: 0 });
    expect(score.direct.fn).toBe(1);
    expect(kinds(score.failures)[0]).toBe('no article');
  });

  it('keeps every excerpt within the excerpt length', () => {
    const long = `"${'Air naik sangat cepat sekali, '.repeat(5)}"`;
    const article = makeArticle([makeParagraph(`${long} kata Budi.`, [{ text: long }])]);
    const score = scoreFile(makeLabel([], { title: 'x'.repeat(200) }), article);
    expect(score.failures.length).toBeGreaterThan(2);
    for (const failure of score.failures) {
      expect(failure.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    }
  });
});

describe('summarise', () => {
  const label = makeLabel([directQuote(['Budi'])]);

  it('counts a speaker given to an unlabelled quote against precision', () => {
    const summary = summarise([
      scoreFile(label, articleQuoting('Budi')),
      scoreFile(makeLabel([directQuote([])]), articleQuoting('Budi')),
    ]);
    expect(summary.speakerPrecision).toBe(1 / 2);
    expect(summary.speakerAccuracy).toBe(1 / 2);
    expect(summary.speakerRecall).toBe(1);
  });

  it('counts an abstention against recall and accuracy but not precision', () => {
    const summary = summarise([
      scoreFile(label, articleQuoting('Budi')),
      scoreFile(label, articleQuoting()),
    ]);
    expect(summary).toMatchObject({
      speakerPrecision: 1,
      speakerRecall: 1 / 2,
      speakerAccuracy: 1 / 2,
      abstentions: 1,
    });
  });

  it('counts a wrong speaker against precision, recall and accuracy', () => {
    const summary = summarise([
      scoreFile(label, articleQuoting('Budi')),
      scoreFile(label, articleQuoting('Ani')),
    ]);
    expect(summary).toMatchObject({
      speakerPrecision: 1 / 2,
      speakerRecall: 1 / 2,
      speakerAccuracy: 1 / 2,
      abstentions: 0,
    });
  });

  it('averages the title only over files whose label has a title', () => {
    const summary = summarise([
      scoreFile(makeLabel([], { title: null }), articleQuoting()),
      scoreFile(makeLabel([]), articleQuoting()),
      scoreFile(makeLabel([], { title: 'Kemarau Panjang' }), articleQuoting()),
    ]);
    expect(summary.titleScored).toBe(2);
    expect(summary.title).toBe(1 / 2);
  });

  it('gives no title rate when no label has a title', () => {
    const summary = summarise([scoreFile(makeLabel([], { title: null }), articleQuoting())]);
    expect(summary.title).toBeNull();
  });

  it('reports kept noise as a count and as a share of labelled noise lines', () => {
    const article = makeArticle([makeParagraph(LEAD), makeParagraph('ADVERTISEMENT')]);
    const noise = ['ADVERTISEMENT', 'Baca juga: Banjir lagi', 'loading...', 'A'];
    const summary = summarise([scoreFile(makeLabel([], { noise }), article)]);
    expect(summary).toMatchObject({ noiseKept: 1, noiseLabelled: 4, noiseKeptShare: 1 / 4 });
  });

  it('pools quote counts over files for F1 and has no F1 when there are no quotes of a kind', () => {
    const summary = summarise([
      scoreFile(label, articleQuoting('Budi')),
      scoreFile(makeLabel([]), articleQuoting('Budi')),
    ]);
    expect(summary.direct).toEqual({ tp: 1, fp: 1, fn: 0, f1: 2 / 3 });
    expect(summary.scare.f1).toBeNull();
  });

  it('gives no rates for an empty corpus', () => {
    const summary = summarise([]);
    expect(summary).toMatchObject({
      files: 0,
      title: null,
      paragraphs: null,
      metadata: null,
      noiseKeptShare: null,
      speakerAccuracy: null,
      speakerPrecision: null,
      speakerRecall: null,
      abstentions: 0,
    });
  });
});
