// Person names: finding capitalised name runs, stripping titles, and grouping the forms
// one person goes by in an article ("Achmad Choirur Rochim" … "Rochim").
import {
  FUNCTION_WORDS,
  INSTITUTION_WORDS,
  LOCATIVE_PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUN_SUFFIX,
  TITLES,
} from './lexicon/speech.ts';

/** Longest name kept from a run; longer runs keep their last two words ("France Bleu Xavier Garrabé"). */
const MAX_NAME_WORDS = 3;

const TITLE_SET = new Set(TITLES);
const INSTITUTION_SET = new Set(INSTITUTION_WORDS);
const FUNCTION_SET = new Set([...FUNCTION_WORDS, ...PRONOUNS]);
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}\p{N}'’-]*\.?|@[\p{L}\p{N}_.]+)`;
// Lower-case name particles ("Ellen de Wit", "da Silva"); not "di", an Indonesian preposition.
const PARTICLE = String.raw`(?:bin|binti|van der|van den|von der|van|von|de la|de|da|dos|del|ter|al|el)`;
/** A run of capitalised words (or an @handle) with name particles between them. */
export const NAME_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD})*`,
  'gu',
);
const ACRONYM = /^[\p{Lu}\p{N}/.-]{2,}$/u;

const bare = (word: string): string => word.toLowerCase().replace(/[.,]$/u, '');

/** A title, rank or office ("Presiden", "AKBP", "Fraktionschefin"). */
export function isTitle(word: string): boolean {
  const lower = bare(word);
  return TITLE_SET.has(lower) || (lower.length >= 7 && ROLE_NOUN_SUFFIX.test(lower));
}

/**
 * The person's name inside a run: titles and offices before it dropped, and anything up to
 * the last acronym or rank ("Wakapolres Metro Jakarta Selatan AKBP Harun" → "Harun").
 */
/** What the article says about names as a whole: which capitalised words are places. */
export interface NameContext {
  /** Lower-case words seen right after a preposition of place ("di Jakarta", "in Berlin"). */
  places: ReadonlySet<string>;
  /** The article's language (BCP 47 primary tag). */
  lang: string;
}

export const EMPTY_CONTEXT: NameContext = { places: new Set(), lang: 'und' };

const LOCATIVE = new RegExp(
  String.raw`(?:^|[\s(])(?:${LOCATIVE_PREPOSITIONS.join('|')})\s+(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);

// "Kota Bogor", "Kabupaten Demak", "cabang Jakarta": the word after is a place.
const PLACE_NOUN =
  /(?:^|\s)(?:kota|kabupaten|provinsi|cabang|wilayah|kecamatan|desa)\s+(\p{Lu}[\p{L}'’-]+)/giu;

/** Builds the name context of an article from its paragraphs (and its dateline, a place). */
export function readNameContext(
  texts: readonly string[],
  lang: string,
  dateline?: string,
): NameContext {
  const places = new Set<string>(
    dateline === undefined ? [] : dateline.toLowerCase().split(/\s+/u),
  );
  for (const text of texts) {
    for (const match of text.matchAll(PLACE_NOUN)) places.add((match[1] ?? '').toLowerCase());
  }
  for (const text of texts) {
    for (const match of text.matchAll(LOCATIVE)) places.add((match[1] ?? '').toLowerCase());
  }
  return { places, lang };
}

export function nameFromRun(
  run: string,
  context: NameContext = EMPTY_CONTEXT,
): { name: string; titled: boolean } | null {
  let words = run.split(/\s+/).filter((word) => word.length > 0);
  // "Menurut Dahlan", "Pour Henri Lestrade": a sentence-initial function word is not a name.
  while (words.length > 0 && FUNCTION_SET.has(bare(words[0] ?? '').replace(/['’]$/u, ''))) {
    words = words.slice(1);
  }
  let titled = false;
  let cut = -1;
  let cutAtOrganisation = false;
  for (const [i, word] of words.entries()) {
    const title = isTitle(word);
    const acronym = ACRONYM.test(word) && !word.startsWith('@') && i < words.length - 1;
    if (title || acronym) {
      cut = i;
      cutAtOrganisation = !title;
    }
    if (title) titled = true;
  }
  if (cut >= 0) words = words.slice(cut + 1);
  // "Kepala BPPTKG Yogyakarta": an organisation followed by one word is a place.
  if (cutAtOrganisation && words.length === 1) return null;
  // "cabang Jakarta Hendra Wijaya": a place in front of a full name is not part of it.
  if (words.length >= MAX_NAME_WORDS && context.places.has(bare(words[0] ?? '')))
    words = words.slice(1);
  if (words.length > MAX_NAME_WORDS) {
    // "Jakarta Dahlan Arif Sinaga": cut after the last known place, else keep the last words.
    const place = words.findLastIndex((word) => context.places.has(bare(word)));
    if (place >= 0 && place < words.length - 1) words = words.slice(place + 1);
    words = words.slice(-MAX_NAME_WORDS);
  }
  const name = words.join(' ').replace(/[.,]$/u, '');
  if (name.length < 2 || ACRONYM.test(name)) return null;
  if (words.some((word) => INSTITUTION_SET.has(bare(word)))) return null;
  return { name, titled };
}

const RECIPIENT = /^(à|au|to|kepada|an|gegenüber|к|lui)$/iu;

/**
 * "a expliqué à France Bleu Xavier Garrabé": after "to", a run starts with the recipient, so a
 * long run keeps only its last two words, the speaker's name.
 */
export function dropRecipient(run: string, wordBefore: string): string {
  const words = run.split(/\s+/u);
  return RECIPIENT.test(wordBefore) && words.length > MAX_NAME_WORDS
    ? words.slice(-2).join(' ')
    : run;
}

/** Lower-case tokens of a name for matching forms ("@jokowi" and "Jokowi" match). */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/^@/u, '')
    .split(/[\s]+/u)
    .filter((token) => token.length > 0);
}

/** True when every token of one name occurs in the other: the same person's shorter form. */
export function isFormOf(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t));
}

/** One person and the forms of their name seen in the article. */
export interface Person {
  /** Each form of the name and how often it was seen. */
  forms: Map<string, number>;
}

/** Groups names into people by shared forms. */
export class PersonRegistry {
  readonly people: Person[] = [];
  /** Token → indexes of people with a form containing it, so lookups stay linear overall. */
  private readonly byToken = new Map<string, number[]>();
  private readonly indexes = new Map<Person, number>();

  /** The person this name is a form of, if any (the most recently added on ties). */
  find(name: string): Person | undefined {
    let best = -1;
    for (const token of nameTokens(name)) {
      for (const index of this.byToken.get(token) ?? []) {
        if (index <= best) continue;
        const person = this.people[index] as Person;
        for (const form of person.forms.keys()) {
          if (isFormOf(name, form)) {
            best = index;
            break;
          }
        }
      }
    }
    return best < 0 ? undefined : this.people[best];
  }

  /** Makes the name known as a person without counting a sighting. */
  register(name: string): Person {
    const person = this.find(name) ?? this.add();
    if (!person.forms.has(name)) {
      person.forms.set(name, 0);
      const index = this.indexes.get(person) ?? -1;
      for (const token of nameTokens(name)) {
        const list = this.byToken.get(token) ?? [];
        if (list[list.length - 1] !== index) list.push(index);
        this.byToken.set(token, list);
      }
    }
    return person;
  }

  /** Records one sighting of a name; creates the person only when `create` is set. */
  see(name: string, create: boolean): Person | undefined {
    const person = create ? this.register(name) : this.find(name);
    if (person !== undefined) person.forms.set(name, (person.forms.get(name) ?? 0) + 1);
    return person;
  }

  private add(): Person {
    const person: Person = { forms: new Map() };
    this.indexes.set(person, this.people.length);
    this.people.push(person);
    return person;
  }
}

/** The form an article uses most for a person (longer on ties), and the longest form. */
export function displayName(person: Person): { name: string; fullName: string } {
  let name = '';
  let best = -1;
  let fullName = '';
  for (const [form, count] of person.forms) {
    if (count > best || (count === best && form.length > name.length)) {
      name = form;
      best = count;
    }
    if (form.length > fullName.length) fullName = form;
  }
  return { name, fullName };
}
