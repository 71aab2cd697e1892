// Quotations: find them in every paragraph, tell direct quotes from scare quotes, and give
// each direct quote its speaker.
import { readCueAfter, readCueBefore, type Cue } from './cues.ts';
import {
  UNKNOWN,
  paragraphOf,
  position,
  readMentions,
  type Mention,
  type Narrative,
} from './mentions.ts';
import { isTitle, NAME_RUN, nameFromRun, readNameContext, type NameContext } from './names.ts';
import { isNameLike } from './name-check.ts';
import { genderOfName, type Gender } from './gender.ts';
import {
  ArticleWords,
  PersonRegistry,
  agreesInGender,
  displayName,
  type Person,
} from './people.ts';
import { classify, readFrameCue, SENTENCE_END_BEFORE, subjectOfLastSpeech } from './quote-kind.ts';
import { MERGED } from './lexicon/index.ts';
import { alternation } from './regex.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.ts';
import { inheritSpeakers, isWholeParagraph, shareAcrossContinuations } from './speaker-context.ts';
import type { AttributionBasis, Quote, Speaker } from './types.ts';

/** A quotation found in the body, with what is known of its speaker. */
export interface Found {
  paragraph: number;
  span: QuoteSpan;
  kind: Quote['kind'];
  cue: Cue | null;
  person?: Person | undefined;
  phrase?: string;
  /** Where the cue stood: after the quote, before it, or in the sentence framing it. */
  side?: 'after' | 'before' | 'frame';
  /** How the speaker was found, once it is. */
  basis?: AttributionBasis;
}

/** Longest attribution shown as the quote's cue ("kata Kepala Dinas Kesehatan Budi Santoso"). */
const MAX_CUE_WORDS = 8;

/** The attribution as written beside a quote, for the reader to show how it was attributed. */
function cueText(text: string, span: QuoteSpan, side: Found['side']): string | undefined {
  if (side === 'after') {
    const after = text.slice(span.end).replace(/^[\s,.;:"“”„«»'‘’–—-]+/u, '');
    const clause = after.split(/[.!?;](?:\s|$)|\s[–—-]\s/u)[0] ?? '';
    const words = clause.split(/\s+/u).filter(Boolean).slice(0, MAX_CUE_WORDS);
    return words.length > 0 ? words.join(' ').replace(/[,:]+$/u, '') : undefined;
  }
  const before = text.slice(0, span.start);
  const sentence = before.split(/[.!?]["”’»]?\s+/u).pop() ?? '';
  const words = sentence.trim().split(/\s+/u).filter(Boolean).slice(-MAX_CUE_WORDS);
  return words.length > 0 ? words.join(' ').replace(/[\s,:"“”„«»]+$/u, '') : undefined;
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

/** Whether the article gives the person a name of two words or more: surely a person. */
const hasFullName = (person: Person): boolean =>
  [...person.forms.keys()].some((form) => form.includes(' '));

/**
 * How many paragraphs before a name in passing a person shown speaking still makes the cue
 * ambiguous: news often sets a paragraph or two of narrative between a speaker's paraphrase
 * and their next quotation.
 */
const PASSING_LOOKBACK = 3;

/**
 * Who a pronoun or role cue before `at` refers to: the person last named, not counting names
 * that stand as objects nor people whose gender the cue rules out ("she said"). Within the
 * paragraph that names them, the person shown speaking ("Rudi berpendapat, polisi sudah
 * memeriksa Anton") wins over a name that comes after, inside what they said.
 */
function lastPerson(events: readonly Mention[], at: number, gender?: Gender): Person | undefined {
  let named: Mention | undefined;
  // A name in passing in an earlier paragraph (not its sentence's subject, not speaking:
  // "Setelah itu Budi diperiksa", "the house where Alexei lives") may or may not be who the
  // cue means: when someone was shown speaking up to PASSING_LOOKBACK paragraphs before it,
  // no speaker is given.
  let passing: Mention | undefined;
  // A paragraph of its own about someone else ("Casa lui Ion Popescu a fost inundată") stands
  // between the cue and a person named before it: the cue may mean either, so none is given.
  let objectParagraph: number | undefined;
  for (let i = firstAtOrAfter(events, at) - 1; i >= 0; i--) {
    const event = events[i] as Mention;
    if (named !== undefined && paragraphOf(event.at) !== paragraphOf(named.at)) break;
    if (passing !== undefined && paragraphOf(event.at) < paragraphOf(passing.at) - PASSING_LOOKBACK)
      break;
    if (event.person === UNKNOWN && named === undefined) return passing?.person;
    if (event.isObject && named === undefined && agreesInGender(event.person, gender))
      objectParagraph ??= paragraphOf(event.at);
    if (event.isObject || event.person === UNKNOWN || !agreesInGender(event.person, gender))
      continue;
    if (objectParagraph !== undefined && paragraphOf(event.at) < objectParagraph) return undefined;
    // Someone shown speaking in a paragraph before a name in passing: the cue may mean either,
    // so none is given. In the same paragraph, the person speaking wins, as without one.
    if (event.isSpeaking === true)
      return passing === undefined ||
        passing.person === event.person ||
        paragraphOf(event.at) === paragraphOf(passing.at)
        ? event.person
        : undefined;
    if (
      event.isSubject !== true &&
      named === undefined &&
      passing === undefined &&
      paragraphOf(event.at) !== paragraphOf(at)
    ) {
      passing = event;
      continue;
    }
    if (passing === undefined || paragraphOf(event.at) === paragraphOf(passing.at)) named ??= event;
  }
  return (named ?? passing)?.person;
}

/**
 * "Mark Ellis said residents had waited long enough." then a paragraph that is only a
 * quotation: news leads into a quote paragraph with a sentence whose subject speaks. The
 * quote with no cue of its own is that person's when the paragraph before has no quotation
 * and shows exactly one person speaking.
 */
function attributeLeadIns(
  found: Found[],
  texts: readonly string[],
  spans: readonly QuoteSpan[][],
  events: readonly Mention[],
): void {
  for (const [i, quote] of found.entries()) {
    if (quote.kind !== 'direct' || quote.cue !== null) continue;
    if (quote.person !== undefined || quote.phrase !== undefined) continue;
    // A quotation over several paragraphs whose later piece names its speaker is theirs.
    if (quote.span.continuesToNext && chainHasCue(found, i)) continue;
    if (
      quote.span.continuesFromPrevious ||
      !isWholeParagraph(texts[quote.paragraph] ?? '', quote.span)
    )
      continue;
    const previous = quote.paragraph - 1;
    if (previous < 0 || (spans[previous]?.length ?? 0) > 0) continue;
    const speaking = new Set(
      events
        .filter((event) => paragraphOf(event.at) === previous && event.isSpeaking === true)
        .map((event) => event.person),
    );
    const [person] = speaking;
    if (speaking.size !== 1 || person === undefined || person === UNKNOWN) continue;
    quote.person = person;
    quote.basis = 'context';
  }
}

/** Whether a later piece of the quotation starting at `found[i]` carries a cue. */
function chainHasCue(found: readonly Found[], i: number): boolean {
  for (let j = i + 1; j < found.length; j++) {
    const piece = found[j] as Found;
    if (!piece.span.continuesFromPrevious) return false;
    if (piece.cue !== null) return true;
    if (!piece.span.continuesToNext) return false;
  }
  return false;
}

/** "kata Tokayev pada Rabu malam, seperti dikutip …" → "kata Tokayev": the cue ends at the name. */
function trimAfterName(cue: string | undefined, speaker: string | undefined): string | undefined {
  if (cue === undefined || speaker === undefined) return cue;
  const at = cue.indexOf(speaker);
  return at < 0 ? cue : cue.slice(0, at + speaker.length);
}

/** Adds an event keeping the list sorted (quotes come in document order, so usually at the end). */
function insertEvent(events: Mention[], event: Mention): void {
  events.splice(firstAtOrAfter(events, event.at + 1), 0, event);
}

/** Where an attribution may stand inside a quotation: after a comma or a stop. */
const INCISE_START = /[,.!?…]\s+(?=[—–-]?\s*\p{Ll})/gu;
/** The attribution ends the incise: the quotation goes on after it. */
const INCISE_END = /^[^.!?;«»"“”„]*?[.,]\s*[—–-]?\s*[\p{Lu}\p{Ll}]/u;

/**
 * An attribution set inside the quotation marks, as French and Russian print it: « Le pont
 * est fermé, a déclaré Pierre Dubois. Il sera inspecté. », «Мост закрыт, — сказал он. —
 * Его проверят». Only read when nothing stands beside the quote, and only when the words
 * after the comma are a cue followed by more quoted words.
 */
function readIncise(text: string, span: QuoteSpan, context: NameContext): Cue | null {
  const inner = text.slice(span.innerStart, span.innerEnd);
  for (const match of inner.matchAll(INCISE_START)) {
    const rest = inner.slice(match.index);
    if (!INCISE_END.test(rest.slice(match[0].length))) continue;
    const cue = readCueAfter(rest, context);
    if (cue !== null && (cue.type === 'name' || cue.type === 'pronoun')) return cue;
  }
  return null;
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
      const reads = !(span.continuesToNext && !span.continuesFromPrevious);
      const after = reads ? readCueAfter(text.slice(span.end), context) : null;
      const before = after ?? (reads ? readCueBefore(text.slice(0, span.start), context) : null);
      const incise = before === null ? readIncise(text, span, context) : null;
      const cue = before ?? incise;
      const side = after !== null || incise !== null ? 'after' : 'before';
      const kind = classify(text, span, cue);
      const framed =
        cue === null && kind === 'direct' && !SENTENCE_END_BEFORE.test(text.slice(0, span.start))
          ? readFrameCue(text, span, context)
          : null;
      if (framed !== null) {
        if (framed.type === 'name') registry.register(framed.name);
        found.push({ paragraph, span, kind, cue: framed, side: 'frame' });
        continue;
      }
      if (cue?.type === 'name') {
        const person = registry.register(cue.name);
        if (cue.role !== undefined) registry.bindRole(cue.role, person);
      }
      found.push({ paragraph, span, kind, cue, side });
    }
  });
  const events = readMentions(narrativeParts(texts, spans), registry, context);
  attribute(found, texts, registry, events, context);
  attributeLeadIns(found, texts, spans, events);
  shareAcrossContinuations(found);
  inheritSpeakers(found, texts);
  shareAcrossContinuations(found);
  const names = displayNames(new ArticleWords(texts, context.clipped));
  return {
    quotes: toQuotes(found, spans, texts, names),
    speakers: listSpeakers(found, names),
  };
}

/**
 * Whether a role phrase refers to someone already in the text: it has an article or a
 * demonstrative ("le maire", "the official", "pejabat itu"), or the language marks
 * definiteness without articles (Russian) or with a suffix (Romanian "inspectorul").
 */
const PRONOUN_SET: ReadonlySet<string> = new Set(MERGED.pronouns);
/** "le maire", "the official", "petugas itu": a role phrase pointing at someone already named. */
const REFERRING_PHRASE = new RegExp(
  `^(${alternation(MERGED.referringDeterminers)})\\s*|\\s(${alternation(MERGED.referringDemonstratives)})$`,
  'iu',
);

function refersBack(phrase: string, lang: string): boolean {
  if (lang === 'ru' || lang === 'ro' || lang === 'uk' || lang === 'bg') return true;
  // An office or title ("Menkes", "Prof.") names one particular person.
  if (isTitle(phrase.split(/\s+/u)[0] ?? '')) return true;
  return REFERRING_PHRASE.test(phrase);
}

function basisOf(cue: Cue, side: Found['side']): AttributionBasis {
  if (cue.type === 'name' || cue.type === 'short-name') {
    return side === 'frame' ? 'frame' : side === 'before' ? 'name-before-cue' : 'name-after-cue';
  }
  if (cue.type === 'anonymous') return 'role';
  return cue.type;
}

/**
 * The rest of the name the article writes right after `word`, when the lexicon does not take
 * the word alone for a name: "Bima Santosa Wiraguna" is read as "Santosa Wiraguna" (the lexicon
 * takes "Bima" for a place), "Guntur Wicaksono" as "Wicaksono" ("guntur" is a word);
 * "kata Bima", "kata Guntur" then name those people. A known person's form comes first.
 */
function nameWrittenAfter(
  word: string,
  registry: PersonRegistry,
  texts: readonly string[],
  context: NameContext,
): string | undefined {
  for (const person of registry.people) {
    for (const form of person.forms.keys()) {
      const written = `${word} ${form}`;
      if (texts.some((text) => text.includes(written))) return form;
    }
  }
  // The capitalised run the word opens the rest of: a person's when its name, read as usual
  // (titles, bodies and places dropped), is exactly what follows the word ("Guntur
  // Wicaksono" → "Wicaksono"; "Partai Guntur Rakyat" names a party, no one).
  const opening = `${word} `;
  for (const text of texts) {
    if (!text.includes(opening)) continue;
    for (const [run] of text.matchAll(NAME_RUN)) {
      // Where the word stands in the run, if the run holds it.
      const inside = run.indexOf(` ${opening}`);
      const at = run.startsWith(opening) ? 0 : inside < 0 ? -1 : inside + 1;
      if (at < 0) continue;
      const rest = run.slice(at + opening.length);
      const name = nameFromRun(run, context);
      if (name !== null && name.name === rest && isNameLike(rest.split(' '), context)) return rest;
    }
  }
  return undefined;
}

function attribute(
  found: Found[],
  texts: readonly string[],
  registry: PersonRegistry,
  events: Mention[],
  context: NameContext,
): void {
  const { lang } = context;
  const nameAfter = (word: string): string | undefined =>
    nameWrittenAfter(word, registry, texts, context);
  for (const quote of found) {
    if (quote.kind !== 'direct' || quote.cue === null) continue;
    const at = position(quote.paragraph, quote.span.start);
    const cue = quote.cue;
    quote.basis = basisOf(cue, quote.side);
    if (cue.type === 'name') {
      quote.person = registry.seeInCue(cue.name);
      const gender = cue.gender ?? genderOfName(cue.name);
      if (quote.person !== undefined && gender !== undefined) quote.person.gender ??= gender;
    } else if (cue.type === 'short-name') {
      const known = registry.find(cue.name);
      const after = known !== undefined && hasFullName(known) ? undefined : nameAfter(cue.name);
      const person =
        after === undefined ? known : (registry.find(after) ?? registry.register(after));
      if (person !== undefined && (after !== undefined || hasFullName(person))) {
        if (after !== undefined) {
          registry.register(`${cue.name} ${after}`);
          // The office read before the shorter form ended with the word now known to be a name.
          if (person.description?.endsWith(` ${cue.name}`) === true)
            person.description = person.description.slice(0, -cue.name.length - 1);
        }
        quote.person = registry.seeInCue(cue.name);
      }
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
      const holder = cue.type === 'role' ? registry.findRole(cue.phrase) : undefined;
      // "kata petugas" is any officer; "kata pejabat itu", "le maire", "чиновник" point back.
      const generic = cue.type === 'role' && holder === undefined && !refersBack(cue.phrase, lang);
      const gender = cue.type === 'pronoun' ? cue.gender : undefined;
      quote.person = generic ? undefined : (holder ?? lastPerson(events, at, gender));
      if (quote.person === undefined && cue.type === 'role') quote.phrase = cue.phrase;
    }
    if (quote.person !== undefined) {
      insertEvent(events, { at, person: quote.person, isObject: false, isSpeaking: true });
    }
  }
}

/** The names shown for a person (see `displayName`). */
type DisplayNames = (person: Person) => { name: string; fullName: string };

/**
 * displayName for each person, worked out once: every quote of a person and the speaker list
 * ask for it, and the people no longer change once the quotes are attributed.
 */
function displayNames(words: ArticleWords): DisplayNames {
  const shown = new Map<Person, { name: string; fullName: string }>();
  return (person) => {
    let names = shown.get(person);
    if (names === undefined) {
      names = displayName(person, words);
      shown.set(person, names);
    }
    return names;
  };
}

/**
 * Quotes without a cue take the speaker the context makes clear: a second quote in the same
 * paragraph continues the first; a run of quote-only paragraphs belongs to whoever the run
 * is attributed to; a continued quotation keeps its speaker.
 */
function speakerName(quote: Found, names: DisplayNames): string | undefined {
  if (quote.person !== undefined) return names(quote.person).name;
  return quote.phrase;
}

function toQuotes(
  found: readonly Found[],
  spans: readonly QuoteSpan[][],
  texts: readonly string[],
  names: DisplayNames,
): Quote[][] {
  const quotes: Quote[][] = spans.map(() => []);
  for (const quote of found) {
    const speaker = quote.kind === 'direct' ? speakerName(quote, names) : undefined;
    const attributed = speaker !== undefined && quote.basis !== undefined;
    const cue =
      attributed &&
      quote.cue !== null &&
      quote.basis !== 'continuation' &&
      quote.basis !== 'context'
        ? trimAfterName(
            cueText(texts[quote.paragraph] ?? '', quote.span, quote.side),
            // The name as the cue writes it ("Okafor told …"), which may differ from the shown one.
            quote.cue.type === 'name' ? quote.cue.name : speaker,
          )
        : undefined;
    quotes[quote.paragraph]?.push({
      start: quote.span.start,
      end: quote.span.end,
      kind: quote.kind,
      ...(attributed ? { speaker, basis: quote.basis } : {}),
      ...(cue !== undefined ? { cue } : {}),
      ...(quote.span.continuesFromPrevious ? { continuesFromPrevious: true as const } : {}),
      ...(quote.span.continuesToNext ? { continuesToNext: true as const } : {}),
    });
  }
  return quotes;
}

function listSpeakers(found: readonly Found[], names: DisplayNames): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const quote of found) {
    const name = quote.kind === 'direct' ? speakerName(quote, names) : undefined;
    if (name === undefined) continue;
    const speaker = byName.get(name) ?? { name, quotes: 0 };
    speaker.quotes++;
    const full = quote.person === undefined ? undefined : names(quote.person).fullName;
    if (full !== undefined && full !== name) speaker.fullName = full;
    const role = quote.person?.description;
    if (role !== undefined) speaker.role = role;
    byName.set(name, speaker);
  }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}
