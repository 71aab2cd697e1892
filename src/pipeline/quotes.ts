// Quotations: find them in every paragraph, tell direct quotes from scare quotes, and give
// each direct quote its speaker.
import { readCueAfter, readCueBefore, type Cue } from './cues.ts';
import { position, readMentions, type Mention, type Narrative } from './mentions.ts';
import { countWords } from './noise.ts';
import {
  PersonRegistry,
  displayName,
  nameFromRun,
  readNameContext,
  type NameContext,
  type Person,
} from './names.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { alternation } from './regex.ts';
import { NARRATIVE_SPEECH_VERBS, PRONOUNS } from './lexicon/speech.ts';
import type { Quote, Speaker } from './types.ts';

/** Mid-sentence quotes of up to this many words are the writer's framing (scare quotes). */
const MAX_SCARE_WORDS = 8;
/** A quote opening a sentence with fewer words and no sentence punctuation is a title or term. */
const MIN_SENTENCE_QUOTE_WORDS = 4;
/** A run of quote paragraphs longer than this does not pass its speaker further back. */
const MAX_INHERIT_PASSES = 30;
/** Longest noun phrase taken as the subject of a statement ("pihak berwenang Almaty"). */
const MAX_SUBJECT_WORDS = 6;

interface Found {
  paragraph: number;
  span: QuoteSpan;
  kind: Quote['kind'];
  cue: Cue | null;
  person?: Person | undefined;
  phrase?: string;
}

function findAllSpans(texts: readonly string[]): QuoteSpan[][] {
  const all: QuoteSpan[][] = [];
  let open = false;
  texts.forEach((text, i) => {
    const result = findQuoteSpans(text, open);
    const previous = all[i - 1];
    const last = previous?.[previous.length - 1];
    // A quote left open only continues if this paragraph picks it up.
    if (
      last !== undefined &&
      last.continuesToNext &&
      !result.spans.some((s) => s.continuesFromPrevious)
    ) {
      last.continuesToNext = false;
    }
    all.push(result.spans);
    open = result.open;
  });
  return all;
}

const SENTENCE_END_BEFORE = /(?:^|[.!?…:]["”’»)]?|["”’»])\s*$/u;
const SENTENCE_INSIDE = /[.!?…](?:\s|$)|,$/u;

function classify(text: string, span: QuoteSpan, cue: Cue | null): Quote['kind'] {
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
  // A post's words: "dengan keterangan "…"", "captioned "…"", "cuitan "…"".
  if (CAPTION_BEFORE.test(before) && words >= 2) return 'direct';
  // A long stretch of someone's words inside the writer's sentence is a partial direct quote.
  return words > MAX_SCARE_WORDS ? 'direct' : 'scare';
}

const CAPTION_BEFORE =
  /(?<![\p{L}])(?:keterangan|caption|captioned|cuitan|unggahan|wrote|tweeted|posted)\s*:?\s*$/iu;
const HANDLE = /@[\p{L}\p{N}_.]+/gu;

const FRAME_PRONOUN = new RegExp(
  `(?<![\\p{L}])(?:menurutnya|katanya|ujarnya|sebutnya|according to (?:him|her|them)|selon (?:lui|elle)|ihm zufolge|по его словам|по ее словам)(?![\\p{L}])`,
  'iu',
);

/**
 * The speaker framing a quotation inside a sentence ("… yang menurutnya "…" sepanjang
 * tahun", "Perry mengatakan bahwa inflasi "…""): only used for quotes with no cue beside them.
 */
function readFrameCue(text: string, span: QuoteSpan, context: NameContext): Cue | null {
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
  if (PRONOUN_SET.has(subject.toLowerCase())) return { type: 'pronoun' };
  const name = nameFromRun(subject, context);
  return name === null ? null : { type: 'name', name: name.name };
}

const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}])(?:${alternation(NARRATIVE_SPEECH_VERBS)})(?![\\p{L}])`,
  'giu',
);
const PRONOUN_SET = new Set(PRONOUNS);

/** The noun phrase before the last verb of saying in `text`: who issued a statement. */
function subjectOfLastSpeech(text: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(SPEECH_VERB)) last = match;
  if (last === null) return null;
  // "The transport secretary, Mark Harper, said …": the nearest non-empty clause.
  const clauses = text
    .slice(0, last.index)
    .split(/[,.;:!?]\s*/u)
    .map((part) => part.trim());
  const clause = (clauses.at(-1) === '' ? clauses.at(-2) : clauses.at(-1)) ?? '';
  const phrase = clause.replace(/^(dan|and|und|et|namun|tetapi|but)\s+/iu, '');
  const count = countWords(phrase);
  return count > 0 && count <= MAX_SUBJECT_WORDS ? phrase : null;
}

function narrativeParts(texts: readonly string[], spans: readonly QuoteSpan[][]): Narrative[] {
  const parts: Narrative[] = [];
  texts.forEach((text, paragraph) => {
    let offset = 0;
    for (const span of spans[paragraph] ?? []) {
      parts.push({ paragraph, offset, text: text.slice(offset, span.start) });
      offset = span.end;
    }
    parts.push({ paragraph, offset, text: text.slice(offset) });
  });
  return parts;
}

/** Index of the first event at or after `at` (events are sorted by position). */
function firstAtOrAfter(events: readonly Mention[], at: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid] as Mention).at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The person last named before `at`, not counting names that stand as objects. */
function lastPerson(events: readonly Mention[], at: number): Person | undefined {
  for (let i = firstAtOrAfter(events, at) - 1; i >= 0; i--) {
    const event = events[i] as Mention;
    if (!event.isObject) return event.person;
  }
  return undefined;
}

/** Adds an event keeping the list sorted (quotes come in document order, so usually at the end). */
function insertEvent(events: Mention[], event: Mention): void {
  events.splice(firstAtOrAfter(events, event.at + 1), 0, event);
}

function isWholeParagraph(text: string, span: QuoteSpan): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, span.start) + text.slice(span.end));
}

/** Quotes per paragraph, classified and attributed, and the people quoted. */
export function readQuotes(
  texts: readonly string[],
  lang: string,
  dateline?: string,
): { quotes: Quote[][]; speakers: Speaker[] } {
  const spans = findAllSpans(texts);
  const context = readNameContext(texts, lang, dateline);
  const registry = new PersonRegistry();
  const found: Found[] = [];
  spans.forEach((list, paragraph) => {
    const text = texts[paragraph] ?? '';
    for (const span of list) {
      const cue =
        span.continuesToNext && !span.continuesFromPrevious
          ? null
          : (readCueAfter(text.slice(span.end), context) ??
            readCueBefore(text.slice(0, span.start), context));
      const kind = classify(text, span, cue);
      const framed =
        cue === null && kind === 'direct' && !SENTENCE_END_BEFORE.test(text.slice(0, span.start))
          ? readFrameCue(text, span, context)
          : null;
      if (framed !== null) {
        if (framed.type === 'name') registry.register(framed.name);
        found.push({ paragraph, span, kind, cue: framed });
        continue;
      }
      if (cue?.type === 'name') {
        const person = registry.register(cue.name);
        if (cue.role !== undefined) registry.bindRole(cue.role, person);
      }
      found.push({ paragraph, span, kind, cue });
    }
  });
  const events = readMentions(narrativeParts(texts, spans), registry, context);
  attribute(found, texts, registry, events);
  inheritSpeakers(found, texts);
  return { quotes: toQuotes(found, spans), speakers: listSpeakers(found) };
}

function attribute(
  found: Found[],
  texts: readonly string[],
  registry: PersonRegistry,
  events: Mention[],
): void {
  for (const quote of found) {
    if (quote.kind !== 'direct' || quote.cue === null) continue;
    const at = position(quote.paragraph, quote.span.start);
    const cue = quote.cue;
    if (cue.type === 'name') {
      quote.person = registry.see(cue.name, true);
    } else if (cue.type === 'anonymous') {
      quote.phrase = cue.phrase;
    } else if (cue.type === 'statement' && cue.issuer !== undefined) {
      quote.person = registry.find(cue.issuer);
      if (quote.person === undefined) quote.phrase = cue.issuer;
    } else if (cue.type === 'statement') {
      const text = texts[quote.paragraph] ?? '';
      const subject =
        subjectOfLastSpeech(text.slice(0, quote.span.start)) ??
        subjectOfLastSpeech(texts[quote.paragraph - 1] ?? '');
      // A bare name is a person; a description ("pihak berwenang Almaty") is kept as written.
      const isName = subject !== null && /^(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.test(subject);
      const person = subject === null || !isName ? undefined : registry.find(subject);
      if (person !== undefined) quote.person = person;
      else if (subject !== null && !PRONOUN_SET.has(subject.toLowerCase())) quote.phrase = subject;
      else quote.person = lastPerson(events, at);
    } else {
      quote.person =
        (cue.type === 'role' ? registry.findRole(cue.phrase) : undefined) ?? lastPerson(events, at);
      if (quote.person === undefined && cue.type === 'role') quote.phrase = cue.phrase;
    }
    if (quote.person !== undefined) {
      insertEvent(events, { at, person: quote.person, isObject: false });
    }
  }
}

/**
 * Quotes without a cue take the speaker the context makes clear: a second quote in the same
 * paragraph continues the first; a run of quote-only paragraphs belongs to whoever the run
 * is attributed to; a continued quotation keeps its speaker.
 */
/** A quote opening its paragraph: a turn in a dialogue. */
function isTurn(quote: Found | undefined, texts: readonly string[]): quote is Found {
  return (
    quote !== undefined &&
    quote.kind === 'direct' &&
    !/[\p{L}\p{N}]/u.test((texts[quote.paragraph] ?? '').slice(0, quote.span.start))
  );
}

/**
 * In a dialogue (turns by two different people in the two paragraphs before), an
 * unattributed turn belongs to the person who spoke two turns earlier.
 */
function dialogueTurn(
  found: readonly Found[],
  i: number,
  texts: readonly string[],
): Person | undefined {
  const quote = found[i];
  const prev = found[i - 1];
  const prev2 = found[i - 2];
  if (!isTurn(quote, texts) || !isTurn(prev, texts) || !isTurn(prev2, texts)) return undefined;
  if (prev.paragraph !== quote.paragraph - 1 || prev2.paragraph !== quote.paragraph - 2)
    return undefined;
  if (prev.person === undefined || prev2.person === undefined || prev.person === prev2.person) {
    return undefined;
  }
  return prev2.person;
}

function inheritSpeakers(found: Found[], texts: readonly string[]): void {
  const speakerOf = (q: Found | undefined): Pick<Found, 'person' | 'phrase'> | null =>
    q !== undefined && q.kind === 'direct' && (q.person !== undefined || q.phrase !== undefined)
      ? { ...(q.person ? { person: q.person } : {}), ...(q.phrase ? { phrase: q.phrase } : {}) }
      : null;
  // Repeat until stable: a run of quote paragraphs passes its speaker back one step per pass.
  for (let changed = true, pass = 0; changed && pass < MAX_INHERIT_PASSES; pass++) {
    changed = false;
    found.forEach((quote, i) => {
      if (quote.kind !== 'direct' || quote.cue !== null || speakerOf(quote) !== null) return;
      const prev = found[i - 1];
      const next = found[i + 1];
      const text = texts[quote.paragraph] ?? '';
      let source: Pick<Found, 'person' | 'phrase'> | null = null;
      const alternate = dialogueTurn(found, i, texts);
      if (quote.span.continuesFromPrevious) source = speakerOf(prev);
      else if (alternate !== undefined) source = { person: alternate };
      else if (prev !== undefined && prev.paragraph === quote.paragraph && prev.kind === 'direct')
        source = speakerOf(prev);
      else if (isWholeParagraph(text, quote.span)) {
        source =
          (next !== undefined && next.paragraph === quote.paragraph + 1 ? speakerOf(next) : null) ??
          (prev !== undefined &&
          prev.paragraph === quote.paragraph - 1 &&
          isWholeParagraph(texts[prev.paragraph] ?? '', prev.span)
            ? speakerOf(prev)
            : null);
      }
      if (source !== null) {
        Object.assign(quote, source);
        changed = true;
      }
    });
  }
}

function speakerName(quote: Found): string | undefined {
  if (quote.person !== undefined) return displayName(quote.person).name;
  return quote.phrase;
}

function toQuotes(found: readonly Found[], spans: readonly QuoteSpan[][]): Quote[][] {
  const quotes: Quote[][] = spans.map(() => []);
  for (const quote of found) {
    const speaker = quote.kind === 'direct' ? speakerName(quote) : undefined;
    quotes[quote.paragraph]?.push({
      start: quote.span.start,
      end: quote.span.end,
      kind: quote.kind,
      ...(speaker !== undefined ? { speaker } : {}),
      ...(quote.span.continuesFromPrevious ? { continuesFromPrevious: true as const } : {}),
      ...(quote.span.continuesToNext ? { continuesToNext: true as const } : {}),
    });
  }
  return quotes;
}

function listSpeakers(found: readonly Found[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const quote of found) {
    const name = quote.kind === 'direct' ? speakerName(quote) : undefined;
    if (name === undefined) continue;
    const speaker = byName.get(name) ?? { name, quotes: 0 };
    speaker.quotes++;
    const full = quote.person === undefined ? undefined : displayName(quote.person).fullName;
    if (full !== undefined && full !== name) speaker.fullName = full;
    byName.set(name, speaker);
  }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
