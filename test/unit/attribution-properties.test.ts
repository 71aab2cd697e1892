// Property tests for quote attribution over generated news articles in six languages
// (Indonesian, English, German, French, Russian, Romanian), each written with its own
// conventions and with known speakers (see test/generators/). Each property has its own fixed
// seed so CI is reproducible; FC_SEED=<n> explores other inputs (as in properties.test.ts).
//
// Every generated attribution is one a careful reader makes unambiguously, so a failure is a
// real attribution error of the pipeline. Should one be found that cannot be fixed at once,
// mark the property `it.fails` with the shrunk counterexample in a comment.
import fc from 'fast-check';
import { expectSaneQuoteSpans } from '../quote-spans.ts';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/pipeline/index.ts';
import { attributedArticle, simpleArticle, type GeneratedArticle } from '../generators/articles.ts';
import { CALENDAR_WORDS } from '../generators/calendar.ts';
import { KITS } from '../generators/languages.ts';
import { COUNTRY_NAMES, STOPWORDS } from '../generators/lexicons.ts';
import { containsWords, sameName, withoutTitles } from '../generators/matching.ts';

/** 600 runs per property (1,800 for the rarer precision failures): about 12 s on two cores. */
const RUNS = 600;
const seed = (fixed: number): number =>
  process.env.FC_SEED === undefined ? fixed : Number(process.env.FC_SEED);

function parse(generated: GeneratedArticle): Article {
  const { article } = parseArticle(generated.text, 'generated.txt');
  if (article === null) throw new Error('no article');
  return article;
}

/** Every speaker name the pipeline gives: on quotes and in the speaker list. */
function speakersOf(article: Article): string[] {
  const names = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const quote of paragraph.quotes) if (quote.speaker !== undefined) names.add(quote.speaker);
  }
  for (const speaker of article.speakers) {
    names.add(speaker.name);
    if (speaker.fullName !== undefined) names.add(speaker.fullName);
  }
  return [...names];
}

const textOf = (article: Article): string =>
  [article.title, ...article.paragraphs.map((p) => p.text)].join('\n');
const titleWords = (generated: GeneratedArticle): ReadonlySet<string> =>
  new Set(KITS[generated.lang].titleWords);
const bare = (token: string): string => token.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

describe('attribution properties (generated articles in six languages)', () => {
  it('1. every speaker occurs in the article text as whole words (titles aside)', () => {
    fc.assert(
      fc.property(attributedArticle, (generated) => {
        const article = parse(generated);
        const text = textOf(article);
        for (const speaker of speakersOf(article)) {
          const name = withoutTitles(speaker, titleWords(generated));
          const found = containsWords(text, speaker) || containsWords(text, name);
          expect(found, `speaker "${speaker}"`).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: seed(1_101) },
    );
  });

  it('2. a speaker is never a stop word, a weekday, a month or a country', () => {
    fc.assert(
      fc.property(attributedArticle, (generated) => {
        const article = parse(generated);
        const countries = new Set([...COUNTRY_NAMES[generated.lang], ...COUNTRY_NAMES.en]);
        for (const speaker of speakersOf(article)) {
          const tokens = speaker.split(/\s+/u).map(bare);
          if (tokens.length === 1) {
            expect(
              STOPWORDS[generated.lang].has(tokens[0] ?? ''),
              `"${speaker}" is a stop word`,
            ).toBe(false);
          }
          for (const token of tokens) {
            expect(CALENDAR_WORDS.has(token), `"${speaker}" holds a weekday or month`).toBe(false);
            expect(countries.has(token), `"${speaker}" holds a country`).toBe(false);
          }
          expect(countries.has(speaker.toLowerCase()), `"${speaker}" is a country`).toBe(false);
        }
      }),
      { numRuns: RUNS, seed: seed(2_202) },
    );
  });

  // Once failed on "Juru Bicara Pemerintah Kota Bandung, Sutrisno, meninjau …" then "Dia
  // mengatakan, “…”" (given to the person named before), and on an office as the speaker.
  it('3. precision: every speaker given is one of the people quoted', () => {
    fc.assert(
      fc.property(attributedArticle, (generated) => {
        const article = parse(generated);
        for (const speaker of speakersOf(article)) {
          const name = withoutTitles(speaker, titleWords(generated));
          const known = generated.speakers.some(
            (person) => sameName(person, speaker) || (name !== '' && sameName(person, name)),
          );
          expect(known, `speaker "${speaker}" is none of ${generated.speakers.join(', ')}`).toBe(
            true,
          );
        }
      }),
      // Rare failures (about 1 article in 300): more runs, so that other seeds find one too.
      { numRuns: 3 * RUNS, seed: seed(3_303) },
    );
  });

  // Stricter than 3: the right one of the people quoted. Once failed on question cues
  // ("demande"), attributions inside guillemets and newly introduced people before "he said".
  it('3b. precision per quotation: a speaker given to a quotation is its speaker', () => {
    fc.assert(
      fc.property(attributedArticle, (generated) => {
        const article = parse(generated);
        for (const expected of generated.quotes) {
          const paragraph = article.paragraphs.find((p) => p.text.includes(expected.anchor));
          const at = paragraph?.text.indexOf(expected.anchor) ?? -1;
          const quote = paragraph?.quotes.find((q) => q.start <= at && at < q.end);
          if (quote?.speaker === undefined) continue;
          const name = withoutTitles(quote.speaker, titleWords(generated));
          const right =
            sameName(quote.speaker, expected.speaker) || sameName(name, expected.speaker);
          expect(right, `"${quote.speaker}" for ${expected.speaker}'s "${expected.anchor}"`).toBe(
            true,
          );
        }
      }),
      { numRuns: RUNS, seed: seed(3_313) },
    );
  });

  it('4. recall floor: the simplest shape ("…," said <Full Name>.) is attributed', () => {
    fc.assert(
      fc.property(simpleArticle, (generated) => {
        const article = parse(generated);
        for (const expected of generated.quotes) {
          const paragraph = article.paragraphs.find((p) => p.text.includes(expected.anchor));
          expect(paragraph, `paragraph of "${expected.anchor}"`).toBeDefined();
          const quote = paragraph?.quotes.find((q) => q.kind === 'direct');
          const speaker = quote?.speaker ?? '(none)';
          expect(sameName(speaker, expected.speaker), `"${speaker}" for ${expected.speaker}`).toBe(
            true,
          );
        }
      }),
      { numRuns: RUNS, seed: seed(4_404) },
    );
  });

  it('5. never throws; quote spans lie inside the paragraph and start and end on marks', () => {
    fc.assert(
      fc.property(fc.oneof(attributedArticle, simpleArticle), (generated) => {
        const article = parse(generated);
        expectSaneQuoteSpans(article);
      }),
      { numRuns: RUNS, seed: seed(5_505) },
    );
  });
});
