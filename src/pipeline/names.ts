// Person names: finding capitalised name runs, stripping titles, and grouping the forms
// one person goes by in an article ("Achmad Choirur Rochim" … "Rochim").
import {
  FUNCTION_WORDS,
  INSTITUTION_WORDS,
  LOCATIVE_PREPOSITIONS,
  PRONOUNS,
  ORGANISATION_SUFFIX,
  ROLE_ALIASES,
  ROLE_NOUN_SUFFIX,
  TITLES,
} from './lexicon/speech.ts';
import { COUNTRIES, INDONESIAN_REGIONS } from './lexicon/places.ts';

/** Longest name kept from a run; longer runs keep their last two words ("France Bleu Xavier Garrabé"). */
const MAX_NAME_WORDS = 3;

const TITLE_SET = new Set(TITLES);
const INSTITUTION_SET = new Set(INSTITUTION_WORDS);
/** Generic institution nouns always followed by the institution's own name ("Bank Permata"). */
const NAMED_INSTITUTIONS = new Set([
  'bank',
  'pasar',
  'koperasi',
  'yayasan',
  'partai',
  'universitas',
  'pt',
]);
/** One-word office abbreviations ("menkes", "wapres", "kapolri"). */
const SHORT_ROLES = new Set(ROLE_ALIASES.map(([short]) => short).filter((s) => !s.includes(' ')));
const FUNCTION_SET = new Set([...FUNCTION_WORDS, ...PRONOUNS]);
// A capitalised word (an outlet may carry its domain: "Beritanusa.id"), or an @handle.
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}\p{N}'’-]*(?:\.(?:com|co\.id|id|net|org|tv))?\.?|@[\p{L}\p{N}_.]+)`;
// Lower-case name particles ("Ellen de Wit", "da Silva"); not "di", an Indonesian preposition.
const PARTICLE = String.raw`(?:bin|binti|van der|van den|von der|van|von|de la|de|da|dos|del|ter|al|el)`;
/** A run of capitalised words (or an @handle) with name particles between them. */
export const NAME_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD})*`,
  'gu',
);
const ACRONYM = /^[\p{Lu}\p{N}/.-]{2,}$/u;

const bare = (word: string): string => word.toLowerCase().replace(/[.,]$/u, '');

/** A title, rank or office ("Presiden", "AKBP", "Menkeu", "Fraktionschefin"). */
export function isTitle(word: string): boolean {
  const lower = bare(word);
  return (
    TITLE_SET.has(lower) ||
    SHORT_ROLES.has(lower) ||
    (lower.length >= 7 && ROLE_NOUN_SUFFIX.test(lower))
  );
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
  /** Short names the article gives organisations ("Badan Pengawas Pemilu (Bawaslu)"). */
  organisations: ReadonlySet<string>;
}

/** Places known before reading the article: regions and countries. */
const KNOWN_PLACES: ReadonlySet<string> = new Set([...INDONESIAN_REGIONS, ...COUNTRIES]);

export const EMPTY_CONTEXT: NameContext = {
  places: KNOWN_PLACES,
  lang: 'und',
  organisations: new Set(),
};
const ORGANISATION_ALIAS = /((?:\p{Lu}[\p{L}-]*\s+){1,6})\((\p{Lu}[\p{L}-]+)\)/gu;

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
  const places = new Set<string>(KNOWN_PLACES);
  for (const word of dateline?.toLowerCase().split(/\s+/u) ?? []) places.add(word);
  for (const text of texts) {
    for (const match of text.matchAll(PLACE_NOUN)) places.add((match[1] ?? '').toLowerCase());
  }
  for (const text of texts) {
    for (const match of text.matchAll(LOCATIVE)) places.add((match[1] ?? '').toLowerCase());
  }
  const organisations = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(ORGANISATION_ALIAS)) {
      const words = (match[1] ?? '').trim().split(/\s+/u);
      if (words.some((word) => INSTITUTION_SET.has(bare(word))))
        organisations.add(bare(match[2] ?? ''));
    }
  }
  return { places, lang, organisations };
}

/** A name found in a run of capitalised words, with the office written before it. */
export interface RunName {
  name: string;
  /** A title, rank or office stood before the name. */
  titled: boolean;
  /** That office, as a role key ("menteri kesehatan", "presiden"), when the run opens with it. */
  role?: string;
}

const ROLE_KEYS = new Map<string, string[]>();
for (const [short, long] of ROLE_ALIASES) {
  ROLE_KEYS.set(short, [...(ROLE_KEYS.get(short) ?? []), long]);
  ROLE_KEYS.set(long, [...(ROLE_KEYS.get(long) ?? []), short]);
}
const ROLE_DETERMINERS = /^(le|la|l['’]|les|the|sang|pak|bu|bapak|ibu|der|die)\s+|^l['’]/iu;
const ROLE_DEMONSTRATIVES = /\s+(itu|tersebut|ini|tadi)$/iu;

/** The lookup key of a role phrase: lower case, no articles, acronyms or demonstratives. */
export function roleKey(phrase: string): string {
  return phrase
    .replace(ROLE_DETERMINERS, '')
    .replace(ROLE_DEMONSTRATIVES, '')
    .split(/\s+/u)
    .filter((word) => word.length > 0 && !ACRONYM.test(word))
    .join(' ')
    .toLowerCase();
}

/** The office a run consists of entirely ("Menkes", "Wakil Presiden"), or null. */
/** "Menurut Dahlan", "Pour Henri Lestrade": a sentence-initial function word is not a name. */
function dropFunctionWords(words: string[]): string[] {
  let start = 0;
  while (start < words.length && FUNCTION_SET.has(bare(words[start] ?? '').replace(/['’]$/u, '')))
    start++;
  return words.slice(start);
}

export function roleOfRun(run: string): string | null {
  const words = dropFunctionWords(run.split(/\s+/u).filter((word) => word.length > 0));
  if (words.length === 0 || !isTitle(words[0] ?? '')) return null;
  if (!words.every((word) => isTitle(word) || ACRONYM.test(word))) return null;
  const key = roleKey(words.join(' '));
  return key.length > 0 ? key : null;
}

export function nameFromRun(run: string, context: NameContext = EMPTY_CONTEXT): RunName | null {
  let words = dropFunctionWords(run.split(/\s+/).filter((word) => word.length > 0));
  let titled = false;
  let cut = -1;
  let cutAtOrganisation = false;
  for (const [i, word] of words.entries()) {
    const title = isTitle(word);
    const acronym =
      (ACRONYM.test(word) || context.organisations.has(bare(word))) &&
      !word.startsWith('@') &&
      i < words.length - 1;
    if (title || acronym) {
      cut = i;
      cutAtOrganisation = !title;
    }
    if (title) titled = true;
  }
  const role =
    cut >= 0 && isTitle(words[0] ?? '') ? roleKey(words.slice(0, cut + 1).join(' ')) : '';
  if (cut >= 0) words = words.slice(cut + 1);
  // "Kepala BPPTKG Yogyakarta": an organisation followed by one word is a place.
  if (cutAtOrganisation && words.length === 1) return null;
  // "cabang Jakarta Hendra Wijaya": a place in front of a full name is not part of it.
  if (words.length >= MAX_NAME_WORDS && context.places.has(bare(words[0] ?? '')))
    words = words.slice(1);
  // "Kemenkes Ratna Dewi Anggraini", "Bank Permata Josua Pardede": an institution (with its
  // own name after a generic noun such as "Bank") comes before the person.
  const institution = words.findLastIndex((word) => INSTITUTION_SET.has(bare(word)));
  if (institution >= 0) {
    const skip = NAMED_INSTITUTIONS.has(bare(words[institution] ?? '')) ? 2 : 1;
    if (words.length - (institution + skip) >= 2) words = words.slice(institution + skip);
  }
  if (words.length > MAX_NAME_WORDS) {
    // "Jakarta Dahlan Arif Sinaga": cut after the last known place, else keep the last words.
    const place = words.findLastIndex((word) => context.places.has(bare(word)));
    if (place >= 0 && place < words.length - 1) words = words.slice(place + 1);
    words = words.slice(-MAX_NAME_WORDS);
  }
  const name = words.join(' ').replace(/[.,]$/u, '');
  if (name.length < 2 || ACRONYM.test(name)) return null;
  if (
    words.some((word) => INSTITUTION_SET.has(bare(word)) || ORGANISATION_SUFFIX.test(bare(word)))
  ) {
    return null;
  }
  return role.length > 0 ? { name, titled, role } : { name, titled };
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

/** A run naming an institution ("Polda Metro Jaya", "Bank Indonesia", "KPK"). */
export function isInstitution(run: string): boolean {
  const words = run.split(/\s+/u);
  if (words.length === 1 && ACRONYM.test(run) && run.length <= 8) return true;
  return words.some(
    (word) => INSTITUTION_SET.has(bare(word)) || ORGANISATION_SUFFIX.test(bare(word)),
  );
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
  /** People found to be another person's forms, pointing at that person. */
  private readonly mergedInto = new Map<Person, Person>();
  /** Offices bound to the person who holds them in this article ("menkes" → Budi). */
  private readonly roles = new Map<string, Person>();

  /** Records that `person` holds `role` (also under its short/long alias and first word). */
  bindRole(role: string, person: Person): void {
    const key = roleKey(role);
    if (key.length === 0) return;
    for (const alias of [key, ...(ROLE_KEYS.get(key) ?? []), key.split(' ')[0] ?? key]) {
      this.roles.set(alias, person);
    }
  }

  /** The person holding the office a role phrase names ("kata Menkes", "le maire"), if known. */
  findRole(phrase: string): Person | undefined {
    const key = roleKey(phrase);
    return (
      this.roles.get(key) ?? (ROLE_KEYS.get(key) ?? []).map((k) => this.roles.get(k)).find(Boolean)
    );
  }

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
    const found = best < 0 ? undefined : this.people[best];
    return found === undefined ? undefined : this.resolve(found);
  }

  /**
   * Adds another form of a known person's name ("Jokowi" for "Joko Widodo"). When that form
   * already belongs to someone, the two are one person and are merged.
   */
  addForm(form: string, person: Person): void {
    const target = this.resolve(person);
    const other = this.find(form);
    if (other === target) return;
    const forms = other === undefined ? new Map([[form, 0]]) : other.forms;
    for (const [name, count] of forms) {
      target.forms.set(name, (target.forms.get(name) ?? 0) + count);
      this.indexTokens(name, target);
    }
    if (other !== undefined) this.mergedInto.set(other, target);
  }

  private resolve(person: Person): Person {
    let current = person;
    for (
      let next = this.mergedInto.get(current);
      next !== undefined;
      next = this.mergedInto.get(current)
    ) {
      current = next;
    }
    return current;
  }

  private indexTokens(name: string, person: Person): void {
    const index = this.indexes.get(person) ?? -1;
    for (const token of nameTokens(name)) {
      const list = this.byToken.get(token) ?? [];
      if (!list.includes(index)) list.push(index);
      list.sort((a, b) => a - b);
      this.byToken.set(token, list);
    }
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
  const forms = trimmedForms(person.forms);
  let name = '';
  let best = -1;
  let fullName = '';
  for (const [form, count] of forms) {
    if (count > best || (count === best && form.length > name.length)) {
      name = form;
      best = count;
    }
    if (form.length > fullName.length) fullName = form;
  }
  return { name, fullName };
}

/**
 * Forms with words glued in front of the name dropped, using the article's own short forms:
 * "Permata Josua Pardede" also written "Josua" becomes "Josua Pardede". A short form that is
 * the last word (a surname) says nothing about where the first name starts, so it is ignored.
 */
function trimmedForms(forms: ReadonlyMap<string, number>): Map<string, number> {
  const starts = new Set<string>();
  for (const form of forms.keys()) {
    const tokens = form.split(/\s+/u);
    if (tokens.length < 3) starts.add(tokens[0] ?? '');
  }
  const trimmed = new Map<string, number>();
  for (const [form, count] of forms) {
    const tokens = form.split(/\s+/u);
    const at = tokens.findIndex((token, i) => i > 0 && i < tokens.length - 1 && starts.has(token));
    const kept = at > 0 ? tokens.slice(at).join(' ') : form;
    trimmed.set(kept, (trimmed.get(kept) ?? 0) + count);
  }
  return trimmed;
}
