// Telling direct quotes from scare quotes, and reading the speaker a sentence frames a quote
// with when no cue stands beside it.
import type { Cue } from './cues.ts';
import { MERGED } from './lexicon/index.ts';
import { nameFromRun, type NameContext } from './names.ts';
import { countWords } from './noise.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { alternation } from './regex.ts';
import type { Quote } from './types.ts';

/** Mid-sentence quotes of up to this many words are the writer's framing (scare quotes). */
const MAX_SCARE_WORDS = 8;
/** A quote opening a sentence with fewer words and no sentence punctuation is a title or term. */
const MIN_SENTENCE_QUOTE_WORDS = 4;
/** Share of capitalised words above which quoted words are a title or a name. */
const TITLE_CASE_SHARE = 0.5;
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length > TITLE_CASE_SHARE;
}

/** An exclamation or question this long inside a sentence is an utterance. */
const MIN_UTTERANCE_WORDS = 3;
/** Longest noun phrase taken as the subject of a statement ("pihak berwenang Almaty"). */
const MAX_SUBJECT_WORDS = 6;

/** Text before a quote that ends a sentence (or is empty): the quote opens a sentence. */
export const SENTENCE_END_BEFORE = /(?:^|[.!?…:]["”’»)]?|["”’»])\s*$/u;
const SENTENCE_INSIDE = /[.!?…](?:\s|$)|,$/u;
const PRONOUNS: ReadonlySet<string> = new Set(MERGED.pronouns);

/** Direct (someone's words) or scare (the writer's framing of a term). */
export function classify(text: string, span: QuoteSpan, cue: Cue | null): Quote['kind'] {
  if (cue !== null || span.continuesFromPrevious || span.continuesToNext) return 'direct';
  const inner = text.slice(span.innerStart, span.innerEnd).trim();
  const words = countWords(inner);
  const startsUpper = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(inner);
  const sentenceLike = SENTENCE_INSIDE.test(inner);
  const before = text.slice(0, span.start);
  if (SENTENCE_END_BEFORE.test(before)) {
    return startsUpper && (words >= MIN_SENTENCE_QUOTE_WORDS || sentenceLike) ? 'direct' : 'scare';
  }
  if (/:\s*$/u.test(before) && words >= 3) return 'direct';
  // A shout or a question ("Stay inside, the bridge is closing!") is someone's words, not a term.
  // …but not a title ("Pilkada Sehat: Siapa Peduli?"), where most words are capitalised.
  if (words >= MIN_UTTERANCE_WORDS && /[!?]$/u.test(inner) && !isTitleCase(inner)) return 'direct';
  // A post's words: "dengan keterangan "…"", "captioned "…"", "cuitan "…"".
  if (CAPTION_BEFORE.test(before) && words >= 2) return 'direct';
  // A title in its own capitals ("seminar bertajuk "Arah Baru Pariwisata Pesisir"",
  // "the report "A Decade of Change"") names a work or an event: nobody's words.
  if (isTitleCase(inner) && !sentenceLike) return 'scare';
  // A long stretch of someone's words inside the writer's sentence is a partial direct quote.
  return words > MAX_SCARE_WORDS ? 'direct' : 'scare';
}

const CAPTION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(MERGED.postCaptionWords)})\s*:?\s*$`,
  'iu',
);
const HANDLE = /@[\p{L}\p{N}_.]+/gu;

const FRAME_PRONOUN = new RegExp(
  `(?<![\\p{L}])(?:${alternation(MERGED.framePronounPhrases)})(?![\\p{L}])`,
  'iu',
);

/**
 * The speaker framing a quotation inside a sentence ("… yang menurutnya "…" sepanjang
 * tahun", "Perry mengatakan bahwa inflasi "…""): only used for quotes with no cue beside them.
 */
export function readFrameCue(text: string, span: QuoteSpan, context: NameContext): Cue | null {
  const sentence =
    text
      .slice(0, span.start)
      .split(/[.!?]["”’»]?\s+/u)
      .pop() ?? '';
  if (FRAME_PRONOUN.test(sentence)) return { type: 'pronoun' };
  // "Akun @infobogor … dengan keterangan "…"": the account posted the words.
  const handle = CAPTION_BEFORE.test(sentence)
    ? [...sentence.matchAll(HANDLE)].pop()?.[0]
    : undefined;
  if (handle !== undefined) return { type: 'name', name: handle.replace(/[.]+$/u, '') };
  const subject = subjectOfLastSpeech(sentence);
  if (subject === null) return null;
  if (PRONOUNS.has(subject.toLowerCase())) return { type: 'pronoun' };
  const name = nameFromRun(subject, context);
  return name === null ? null : { type: 'name', name: name.name };
}

const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}])(?:${alternation(MERGED.narrativeSpeechVerbs)})(?![\\p{L}])`,
  'giu',
);

const TRAILING_AUXILIARIES = new RegExp(`(?:\\s+(?:${alternation(MERGED.auxiliaries)}))+$`, 'iu');
const LEADING_CONJUNCTION = new RegExp(`^(${alternation(MERGED.clauseConjunctions)})\\s+`, 'iu');

/** The noun phrase before the last verb of saying in `text`: who issued a statement. */
export function subjectOfLastSpeech(text: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(SPEECH_VERB)) last = match;
  if (last === null) return null;
  // "The transport secretary, Mark Harper, said …": the nearest non-empty clause.
  const clauses = text
    .slice(0, last.index)
    .split(/[,.;:!?]\s*/u)
    .map((part) => part.trim());
  const clause = (clauses.at(-1) === '' ? clauses.at(-2) : clauses.at(-1)) ?? '';
  const phrase = clause.replace(LEADING_CONJUNCTION, '').replace(TRAILING_AUXILIARIES, '');
  const count = countWords(phrase);
  return count > 0 && count <= MAX_SUBJECT_WORDS ? phrase : null;
}
