// fast-check arbitraries for scraped news articles with attributed quotations in six
// languages, each written the way its press writes them, with the ground truth a careful
// reader would give: who is quoted in which paragraph.
//
// A plan (people, then paragraphs of chosen kinds and shapes) is drawn and then written out;
// the writer keeps every attribution unambiguous: a person is named in full on first mention,
// names in one article share no word, a pronoun cue only follows a paragraph that names that
// person and nobody else, and a paragraph that is only a quotation (no cue) follows one quoting
// that person alone, is not the third turn of a dialogue, and is followed by narrative.
// Shapes a language does not use fall back to the plain "quote, verb, name" shape.
import fc from 'fast-check';
import { CALENDAR_WORDS, LANG_CODES, type LangCode } from './calendar.ts';
import {
  capitalise,
  isQuestion,
  pick,
  splitEnd,
  type Gender,
  type LanguageKit,
  type Person,
  type Scene,
} from './kit.ts';
import { KITS, fillTemplate } from './languages.ts';
import { ANY_LANGUAGE_WORDS, countries } from './lexicons.ts';

export const SHAPES = [
  'after-name',
  'after-subject',
  'after-role',
  'after-pronoun',
  'after-scene',
  'before',
  'before-pronoun',
  'according',
  'connector',
  'interrupted',
] as const;
export type Shape = (typeof SHAPES)[number];

/** A quotation the article contains and who said it. */
export interface ExpectedQuote {
  /** Index of the body paragraph (line after the headline) in the generated text. */
  line: number;
  /** Words of the quotation, unique in the article: finds its paragraph in the output. */
  anchor: string;
  /** Full name of the speaker. */
  speaker: string;
  /** How it was attributed. */
  shape: Shape | 'followup' | 'multipara' | 'simple';
}

export interface GeneratedArticle {
  lang: LangCode;
  /** The scrape: headline on line 1, then one paragraph per line. */
  text: string;
  /** Full names of everyone quoted. */
  speakers: string[];
  /** Full names of people named but not quoted. */
  bystanders: string[];
  quotes: ExpectedQuote[];
}

const personSpec = fc.record({
  gender: fc.constantFrom<Gender>('m', 'f'),
  given: fc.nat({ max: 99 }),
  surname: fc.nat({ max: 99 }),
  /** A one-word name where the language has them (when 0: one person in six). */
  mononym: fc.nat({ max: 5 }),
  byGiven: fc.boolean(),
  role: fc.option(fc.nat({ max: 99 }), { freq: 2 }),
  age: fc.nat({ max: 40 }),
});
type PersonSpec = typeof personSpec extends fc.Arbitrary<infer T> ? T : never;

const sceneSpec = fc.record({
  city: fc.nat({ max: 99 }),
  country: fc.nat({ max: 99 }),
  year: fc.nat({ max: 6 }),
  month: fc.nat({ max: 11 }),
  day: fc.nat({ max: 27 }),
});
type SceneSpec = typeof sceneSpec extends fc.Arbitrary<infer T> ? T : never;

const blockKind = fc.oneof(
  { weight: 8, arbitrary: fc.constant('quote' as const) },
  { weight: 2, arbitrary: fc.constant('narrative' as const) },
  { weight: 1, arbitrary: fc.constant('scare' as const) },
  { weight: 2, arbitrary: fc.constant('intro' as const) },
  { weight: 1, arbitrary: fc.constant('bystander' as const) },
  { weight: 1, arbitrary: fc.constant('followup' as const) },
  { weight: 1, arbitrary: fc.constant('multipara' as const) },
);

const blockSpec = fc.record({
  kind: blockKind,
  who: fc.nat({ max: 99 }),
  shape: fc.constantFrom(...SHAPES),
  verb: fc.nat({ max: 99 }),
  variant: fc.nat({ max: 99 }),
  /** Which form of the name a later mention uses (full, short, honorific). */
  ref: fc.nat({ max: 99 }),
  quote: fc.nat({ max: 99 }),
  quote2: fc.nat({ max: 99 }),
  marks: fc.nat({ max: 99 }),
});
type BlockSpec = typeof blockSpec extends fc.Arbitrary<infer T> ? T : never;

const articleSpec = fc.record({
  lang: fc.constantFrom(...LANG_CODES),
  people: fc.array(personSpec, { minLength: 1, maxLength: 3 }),
  bystanders: fc.array(personSpec, { maxLength: 1 }),
  blocks: fc.array(blockSpec, { minLength: 1, maxLength: 7 }),
  scene: sceneSpec,
  headline: fc.nat({ max: 99 }),
  lead: fc.nat({ max: 99 }),
  dateline: fc.boolean(),
});
type ArticleSpec = typeof articleSpec extends fc.Arbitrary<infer T> ? T : never;

/** A name token no stop word, country or month of any of the six languages. */
const usable = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/[\s-]+/u)
    .every((t) => !ANY_LANGUAGE_WORDS.has(t) && !CALENDAR_WORDS.has(t));

/** The first entry from `start` on that `ok` accepts (names in an article never share a word). */
function firstFree(
  items: readonly string[],
  start: number,
  ok: (item: string, index: number) => boolean,
): number {
  for (let k = 0; k < items.length; k++) {
    const index = (start + k) % items.length;
    if (ok(items[index] as string, index)) return index;
  }
  throw new Error('name pool exhausted');
}

function makePerson(kit: LanguageKit, spec: PersonSpec, taken: Set<string>, scene: Scene): Person {
  const g = spec.gender;
  const role =
    spec.role === null
      ? undefined
      : (() => {
          const r = pick(kit.roles, spec.role);
          const fill = (t: string): string => t.replaceAll('{CITY}', scene.city.name);
          return { ...r, text: { m: fill(r.text.m), f: fill(r.text.f) } };
        })();
  const base = { gender: g, age: 35 + spec.age, ...(role === undefined ? {} : { role }) };
  const honorific = (word: string): { honorific?: string } =>
    kit.honorific === undefined ? {} : { honorific: `${kit.honorific[g]} ${word}` };
  if (kit.mononyms !== undefined && spec.mononym === 0) {
    const pool = kit.mononyms[g];
    const name = pool[firstFree(pool, spec.given, (n) => !taken.has(n) && usable(n))] as string;
    taken.add(name);
    return { ...base, full: name, short: name, ...honorific(name) };
  }
  const givenPool = kit.given[g];
  const given = givenPool[
    firstFree(givenPool, spec.given, (n) => !taken.has(n) && usable(n))
  ] as string;
  const surnames = kit.surnames[g];
  const index = firstFree(
    surnames,
    spec.surname,
    (n, i) => !taken.has(`#${i}`) && !taken.has(n) && usable(n),
  );
  const surname = surnames[index] as string;
  taken.add(given);
  taken.add(surname);
  taken.add(`#${index}`);
  const short = kit.shortByGiven && spec.byGiven ? given : surname;
  return {
    ...base,
    full: `${given} ${surname}`,
    short,
    ...honorific(kit.shortByGiven ? given : surname),
  };
}

function makeScene(kit: LanguageKit, spec: SceneSpec): Scene {
  const year = 2019 + spec.year;
  const day = 1 + spec.day;
  const weekday = (new Date(Date.UTC(year, spec.month, day)).getUTCDay() + 6) % 7;
  const code = pick(kit.countryCodes, spec.country);
  const country = countries.getName(code, kit.code) ?? code;
  return { city: pick(kit.cities, spec.city), country, weekday, day, month: spec.month, year };
}

/** Writes an article paragraph by paragraph, keeping track of who the reader has met. */
class Writer {
  readonly lines: string[] = [];
  readonly quotes: ExpectedQuote[] = [];
  private readonly introduced = new Set<number>();
  private readonly usedQuotes = new Set<number>();
  private readonly usedNarrative = new Set<number>();
  /** People the previous paragraph names (-1: someone not quoted). */
  private previousNamed: number[] = [];
  /** The person the previous paragraph quotes (and names alone), if any. */
  private previousQuoted: number | null = null;
  /** Who each paragraph quotes. */
  private readonly quotedIn: Set<number>[] = [];

  constructor(
    readonly kit: LanguageKit,
    readonly scene: Scene,
    readonly people: readonly Person[],
  ) {}

  /** A quotation not used yet in the article (`plain`: no question). */
  takeQuote(n: number, plain = false): string {
    const pool = this.kit.quotes;
    for (let k = 0; k < pool.length; k++) {
      const index = (n + k) % pool.length;
      const quote = pool[index] as string;
      if (this.usedQuotes.has(index) || (plain && isQuestion(quote))) continue;
      this.usedQuotes.add(index);
      return quote;
    }
    throw new Error('quotation pool exhausted');
  }

  /** Quotations not used yet. */
  get quotesLeft(): number {
    return this.kit.quotes.length - this.usedQuotes.size;
  }

  /** A narrative sentence not used yet ('' when all are). */
  narrative(n: number): string {
    const pool = this.kit.narrative;
    for (let k = 0; k < pool.length; k++) {
      const index = (n + k) % pool.length;
      if (this.usedNarrative.has(index)) continue;
      this.usedNarrative.add(index);
      return fillTemplate(this.kit, pool[index] as string, this.scene);
    }
    return '';
  }

  /** Adds a paragraph naming nobody (nothing when the text is empty). */
  pushNarrative(text: string): void {
    if (text.trim() !== '') this.push(text.trim(), []);
  }

  /** People named so far. */
  get met(): readonly number[] {
    return [...this.introduced];
  }

  isIntroduced(i: number): boolean {
    return this.introduced.has(i);
  }

  /** How the article refers to person `i` now: in full the first time, then as `choice` says. */
  ref(i: number, choice: number): string {
    const person = this.people[i] as Person;
    if (!this.introduced.has(i)) {
      this.introduced.add(i);
      return person.full;
    }
    const forms = [person.full, person.short, person.short];
    if (person.honorific !== undefined) forms.push(person.honorific);
    return pick(forms, choice);
  }

  /** The person's office and full name ("Kepala Dinas …, Budi Santoso"), or the name alone. */
  named(i: number): (atStart: boolean, continues: boolean) => string {
    const person = this.people[i] as Person;
    this.introduced.add(i);
    return (atStart, continues) => {
      const role = person.role;
      if (role === undefined) return person.full;
      const office = role.text[person.gender];
      const phrase =
        role.style === 'title'
          ? `${office} ${person.full}`
          : `${office}, ${person.full}${continues ? ',' : ''}`;
      return atStart ? capitalise(phrase) : phrase;
    };
  }

  /** A pronoun is unambiguous when the paragraph before names this person and no one else. */
  canPronoun(i: number): boolean {
    return this.introduced.has(i) && this.previousNamed.length === 1 && this.previousNamed[0] === i;
  }

  /**
   * The person a quotation with no cue, standing alone in the next paragraph, continues: the
   * previous paragraph quotes them alone, and the one before does not quote someone else (a
   * reader would take that as a dialogue and give the turn back).
   */
  get continuedSpeaker(): number | null {
    const last = this.previousQuoted;
    if (last === null) return null;
    const twoBack = this.quotedIn[this.lines.length - 2] ?? new Set<number>();
    return [...twoBack].every((who) => who === last) ? last : null;
  }

  /** Adds a paragraph; `quotes` are [speaker, quotation] in order. */
  push(
    text: string,
    named: number[],
    quotes: readonly (readonly [number, string, ExpectedQuote['shape']])[] = [],
  ): void {
    const line = this.lines.length;
    this.lines.push(text);
    for (const [who, quote, shape] of quotes) {
      this.quotes.push({
        line,
        anchor: splitEnd(quote).body,
        speaker: (this.people[who] as Person).full,
        shape,
      });
    }
    this.previousNamed = named;
    const speakers = new Set(quotes.map(([who]) => who));
    this.quotedIn.push(speakers);
    this.previousQuoted =
      speakers.size === 1 && named.length === 1 && speakers.has(named[0] as number)
        ? (named[0] as number)
        : null;
  }

  intro(i: number, variant: number): void {
    const person = this.people[i] as Person;
    this.push(this.kit.intro(person, this.named(i), this.scene, variant), [i]);
  }
}

function scareSentence(kit: LanguageKit, scene: Scene, n: number, marksChoice: number): string {
  const [template, term] = pick(kit.scare, n);
  const m = pick(kit.marks, marksChoice);
  const quoted = `${m.open}${m.pad}${term}${m.pad}${m.close}`;
  return fillTemplate(kit, template.replace('{SCARE}', quoted), scene);
}

function writeQuote(w: Writer, i: number, b: BlockSpec, shape: Shape): void {
  const first = shape === 'interrupted' ? w.takeQuote(b.quote, true) : w.takeQuote(b.quote);
  writeQuoteAs(w, i, b, shape, first);
}

function writeQuoteAs(w: Writer, i: number, b: BlockSpec, shape: Shape, first: string): void {
  const { kit, scene } = w;
  const person = w.people[i] as Person;
  const g = person.gender;
  const m = pick(kit.marks, b.marks);
  const question = isQuestion(first);
  const before = kit.quoteThenCue(m, first);
  const one = (text: string, used: Shape = shape): void => w.push(text, [i], [[i, first, used]]);

  switch (shape) {
    case 'after-name':
      return one(`${before} ${kit.cueAfterName(b.verb, w.ref(i, b.ref), g, question)}`);
    case 'after-subject': {
      if (kit.cueAfterSubject === undefined) return writeQuoteAs(w, i, b, 'after-name', first);
      return one(`${before} ${kit.cueAfterSubject(b.verb, w.ref(i, b.ref), g, question)}`);
    }
    case 'after-role': {
      if (person.role === undefined) return writeQuoteAs(w, i, b, 'after-name', first);
      const who = w.named(i)(false, false);
      return one(`${before} ${kit.cueAfterName(b.verb, who, g, question)}`);
    }
    case 'after-pronoun': {
      if (!w.isIntroduced(i)) w.intro(i, b.variant);
      if (w.canPronoun(i)) return one(`${before} ${kit.cueAfterPronoun(b.verb, g, question)}`);
      return one(
        `${before} ${kit.cueAfterName(b.verb, w.ref(i, b.ref), g, question)}`,
        'after-name',
      );
    }
    case 'after-scene':
      return one(
        `${before} ${kit.cueAfterScene(b.verb, w.ref(i, b.ref), g, question, scene, b.variant)}`,
      );
    case 'before':
    case 'before-pronoun':
    case 'according':
    case 'connector': {
      const sentence = kit.quoteSentence(m, first);
      if (shape === 'before-pronoun' && w.canPronoun(i)) {
        return one(`${kit.cueBefore(b.verb, capitalise(kit.pronoun[g]), g)} ${sentence}`);
      }
      if (shape === 'connector' && kit.connector !== undefined) {
        const who = w.canPronoun(i) ? null : w.ref(i, b.ref);
        return one(`${kit.connector(b.verb, who, g)} ${sentence}`);
      }
      if (shape === 'according' && kit.according !== undefined) {
        const introduced = w.isIntroduced(i);
        const ref = w.ref(i, b.ref);
        const according = kit.according(ref, g);
        if (according !== null) return one(`${according} ${sentence}`);
        // The language would inflect the name here: say it another way.
        if (!introduced) {
          return one(`${kit.cueBefore(b.verb, capitalise(ref), g)} ${sentence}`, 'before');
        }
      }
      const subject =
        !w.isIntroduced(i) && person.role !== undefined && b.variant % 2 === 0
          ? w.named(i)(true, true)
          : capitalise(w.ref(i, b.ref));
      return one(`${kit.cueBefore(b.verb, subject, g)} ${sentence}`, 'before');
    }
    case 'interrupted': {
      const second = w.takeQuote(b.quote2);
      const who = w.canPronoun(i) ? null : w.ref(i, b.ref);
      if (kit.interruptedInside !== undefined && b.variant % 2 === 0) {
        const text = kit.interruptedInside(m, first, second, b.verb, who, g);
        return w.push(text, [i], [[i, first, shape]]);
      }
      const cue =
        who === null
          ? kit.cueAfterPronoun(b.verb, g, false)
          : kit.cueAfterName(b.verb, who, g, false);
      const text = `${before} ${cue} ${kit.quoteSentence(m, second)}`;
      return w.push(
        text,
        [i],
        [
          [i, first, shape],
          [i, second, shape],
        ],
      );
    }
  }
}

function writeBlock(
  w: Writer,
  b: BlockSpec,
  bystanders: readonly Person[],
  met: Set<number>,
): void {
  const { kit, scene } = w;
  const i = b.who % w.people.length;
  // A paragraph takes up to three quotations; past that the article goes on in narrative.
  const kind = w.quotesLeft < 3 && b.kind !== 'scare' ? 'narrative' : b.kind;
  switch (kind) {
    case 'quote':
      return writeQuote(w, i, b, b.shape);
    case 'narrative': {
      const text = w.narrative(b.variant);
      const scare = b.verb % 3 === 0 ? ` ${scareSentence(kit, scene, b.quote, b.marks)}` : '';
      return w.pushNarrative(text + scare);
    }
    case 'scare':
      return w.push(scareSentence(kit, scene, b.quote, b.marks), []);
    case 'intro':
      if (w.isIntroduced(i)) return w.pushNarrative(w.narrative(b.variant));
      return w.intro(i, b.variant);
    case 'bystander': {
      const k = bystanders.length === 0 ? -1 : b.who % bystanders.length;
      if (k < 0 || met.has(k)) return w.pushNarrative(w.narrative(b.variant));
      met.add(k);
      return w.push(kit.bystander(bystanders[k] as Person, scene, b.variant), [-1]);
    }
    case 'followup': {
      const last = w.continuedSpeaker;
      if (last === null) return writeQuote(w, i, b, 'after-name');
      const quote = w.takeQuote(b.quote);
      const text = kit.quoteSentence(pick(kit.marks, b.marks), quote);
      w.push(text, [last], [[last, quote, 'followup']]);
      // Narrative after it, so that no quotation attributed at its end follows the run.
      return w.pushNarrative(w.narrative(b.variant + 1));
    }
    case 'multipara': {
      if (kit.code !== 'id' && kit.code !== 'en' && kit.code !== 'de') {
        return writeQuote(w, i, b, 'interrupted');
      }
      // English-style continued quotation: no closing mark at the end of the first paragraph,
      // an opening mark at the start of the next, the cue after the last part.
      const m = pick(kit.marks, b.marks);
      const first = w.takeQuote(b.quote);
      const second = w.takeQuote(b.quote2);
      const last = w.takeQuote(b.quote + b.quote2 + 1);
      const sentence = (q: string): string => {
        const { body, end } = splitEnd(q);
        return body + end;
      };
      w.push(`${m.open}${sentence(first)} ${sentence(second)}`, [], []);
      const lineBefore = w.lines.length - 1;
      const cue = kit.cueAfterName(
        b.verb,
        w.ref(i, b.ref),
        (w.people[i] as Person).gender,
        isQuestion(last),
      );
      w.push(`${kit.quoteThenCue(m, last)} ${cue}`, [i], [[i, last, 'multipara']]);
      const speaker = (w.people[i] as Person).full;
      w.quotes.push(
        { line: lineBefore, anchor: splitEnd(first).body, speaker, shape: 'multipara' },
        { line: lineBefore, anchor: splitEnd(second).body, speaker, shape: 'multipara' },
      );
      return;
    }
  }
}

function headlineAndLead(
  kit: LanguageKit,
  w: Writer,
  spec: { headline: number; lead: number; dateline: boolean },
): string {
  const headline = fillTemplate(kit, pick(kit.headlines, spec.headline), w.scene);
  const lead = `${w.narrative(spec.lead)} ${w.narrative(spec.lead + 1)}`;
  const dateline =
    spec.dateline && kit.code === 'id'
      ? `${w.scene.city.name.toUpperCase()} - `
      : spec.dateline && kit.code === 'en'
        ? `${w.scene.city.name.toUpperCase()} — `
        : '';
  w.push(dateline + lead, []);
  return headline;
}

function finish(
  lang: LangCode,
  headline: string,
  w: Writer,
  bystanders: readonly string[],
): GeneratedArticle {
  const speakers = [...new Set(w.quotes.map((q) => q.speaker))];
  const introduced = w.met.map((i) => (w.people[i] as Person).full);
  return {
    lang,
    text: [headline, ...w.lines].join('\n'),
    speakers,
    bystanders: [...bystanders, ...introduced.filter((name) => !speakers.includes(name))],
    quotes: [...w.quotes].sort((a, b) => a.line - b.line),
  };
}

function writeArticle(spec: ArticleSpec): GeneratedArticle {
  const kit = KITS[spec.lang];
  const scene = makeScene(kit, spec.scene);
  const taken = new Set<string>();
  const people = spec.people.map((p) => makePerson(kit, p, taken, scene));
  const bystanders = spec.bystanders.map((p) =>
    makePerson(kit, { ...p, role: null }, taken, scene),
  );
  const w = new Writer(kit, scene, people);
  const headline = headlineAndLead(kit, w, spec);
  const met = new Set<number>();
  for (const block of spec.blocks) writeBlock(w, block, bystanders, met);
  const written = bystanders.filter((_, k) => met.has(k)).map((p) => p.full);
  return finish(spec.lang, headline, w, written);
}

/** Articles mixing every attribution shape, in one of the six languages. */
export const attributedArticle: fc.Arbitrary<GeneratedArticle> = articleSpec.map(writeArticle);

const simpleSpec = fc.record({
  lang: fc.constantFrom(...LANG_CODES),
  people: fc.array(
    personSpec.map((p) => ({ ...p, mononym: 1, role: null })),
    { minLength: 1, maxLength: 3 },
  ),
  /** A narrative paragraph before each quotation or not. */
  narrative: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  /** The commonest verbs only ("kata", "said", "sagte", "a déclaré", "сказал", "a spus"). */
  verb: fc.nat({ max: 1 }),
  quote: fc.nat({ max: 99 }),
  scene: sceneSpec,
  headline: fc.nat({ max: 99 }),
  lead: fc.nat({ max: 99 }),
});

/**
 * The simplest shape only: the language's own marks, the quotation, then the verb and the
 * speaker's full name ("“…,” kata Budi Santoso.", "„…“, sagte Klaus Berger.").
 */
export const simpleArticle: fc.Arbitrary<GeneratedArticle> = simpleSpec.map((spec) => {
  const kit = KITS[spec.lang];
  const scene = makeScene(kit, spec.scene);
  const taken = new Set<string>();
  const people = spec.people.map((p) => makePerson(kit, p, taken, scene));
  const w = new Writer(kit, scene, people);
  const headline = headlineAndLead(kit, w, { ...spec, dateline: false });
  const marks = kit.marks[0];
  if (marks === undefined) throw new Error(`no marks for ${kit.code}`);
  people.forEach((person, i) => {
    if (spec.narrative[i] === true) w.pushNarrative(w.narrative(spec.lead + 2 + i));
    const quote = w.takeQuote(spec.quote + i, true);
    const cue = kit.cueAfterName(spec.verb, w.ref(i, 0), person.gender, false);
    w.push(`${kit.quoteThenCue(marks, quote)} ${cue}`, [i], [[i, quote, 'simple']]);
  });
  return finish(spec.lang, headline, w, []);
});
