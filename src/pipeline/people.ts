// People in one article: the forms their names take, the offices they hold, and the name
// the article uses most for each. Built by mentions.ts and quotes.ts, read by quotes.ts.
import type { Gender } from './gender.ts';
import { ROLE_KEYS, roleKey } from './names.ts';

/**
 * Russian declines surnames: "цитирует Воронова", "по словам Иванову" are forms of Воронов,
 * Иванов. Case endings after the surname suffixes -ов/-ев/-ин/-ын are cut for matching.
 */
const RUSSIAN_SURNAME_CASE = /^(\p{Script=Cyrillic}{2,}(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ой|ым)$/u;

/** Lower-case tokens of a name for matching forms ("@jokowi" and "Jokowi" match). */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/^@/u, '')
    .split(/[\s]+/u)
    .filter((token) => token.length > 0)
    .map((token) => RUSSIAN_SURNAME_CASE.exec(token)?.[1] ?? token);
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
  /** The person's gender, when the text marks it (a form of address, "сказала", "Иванова"). */
  gender?: Gender;
  /** Their office or description as the article first writes it ("Kepala Dinas Perikanan"). */
  description?: string;
  /** Forms of the name written in a cue beside a quote ("…," kata Karim), and how often. */
  cueForms?: Map<string, number>;
}

/** Whether the person can be who a cue of `gender` refers to (unknown agrees with all). */
export const agreesInGender = (person: Person, gender: Gender | undefined): boolean =>
  gender === undefined || person.gender === undefined || person.gender === gender;

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

  /**
   * The person this name is a form of, if any: the one the article already wrote it for, else
   * the most recently added ("Hendra Wijaya Kusuma" stays the minister's name after "Hendra"
   * became a director general's short form).
   */
  find(name: string): Person | undefined {
    let best = -1;
    for (const token of nameTokens(name)) {
      for (const index of this.byToken.get(token) ?? []) {
        const person = this.people[index] as Person;
        if (person.forms.has(name)) return this.resolve(person);
        if (index <= best) continue;
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
    if (other?.gender !== undefined) target.gender ??= other.gender;
    if (other?.description !== undefined) target.description ??= other.description;
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

  /** Records a name written in a quote's cue: the form the article attributes speech with. */
  seeInCue(name: string): Person | undefined {
    const person = this.see(name, true);
    if (person !== undefined) {
      person.cueForms ??= new Map();
      person.cueForms.set(name, (person.cueForms.get(name) ?? 0) + 1);
    }
    return person;
  }

  private add(): Person {
    const person: Person = { forms: new Map() };
    this.indexes.set(person, this.people.length);
    this.people.push(person);
    return person;
  }
}

/**
 * The form an article uses most for a person (longer on ties) — among the forms its quotes'
 * cues use, when there are any: news attributes speech with the name it wants remembered
 * ("kata Karim"), while a word of the name in the narrative may be a body that shares it;
 * with no cue naming them, the full name rather than a given name alone — and the longest
 * form.
 */
export function displayName(
  person: Person,
  words?: ArticleWords,
): { name: string; fullName: string } {
  const forms = trimmedForms(person.forms, person.forms, words);
  const cueForms =
    person.cueForms === undefined ? null : trimmedForms(person.cueForms, person.forms, words);
  let name = '';
  let best = -1;
  let fullName = '';
  for (const [form, count] of cueForms ?? forms) {
    if (count > best || (count === best && form.length > name.length)) {
      name = form;
      best = count;
    }
  }
  for (const form of forms.keys()) if (form.length > fullName.length) fullName = form;
  // No cue names them ("…," ujarnya): the full name introduces them better than the given
  // name the narrative goes on with ("Rina Kusuma Dewi … menurut Rina"); a surname it goes
  // on with ("Santoso") is how news refers to people, and stays.
  if (cueForms === null && fullName.startsWith(`${name} `)) name = fullName;
  return { name, fullName };
}

/**
 * The words an article writes, counted once: a word glued in front of a name ("Mulia" of
 * "Bank Mulia Reza Pratama") is written elsewhere too, while a first name the article later
 * drops ("Muhammad" of "Muhammad Rizal Hakim" … "Rizal") is written only inside the name.
 */
export class ArticleWords {
  private counts: Map<string, number> | undefined;
  private readonly text: string;

  /**
   * @param clipped names read from a longer run (see `NameContext.clipped`): their first word
   *   may be glued, written elsewhere or not.
   */
  constructor(
    texts: readonly string[],
    readonly clipped: ReadonlySet<string> = new Set(),
  ) {
    this.text = texts.join('\n');
  }

  /** How often a word is written, as a whole word with the same capitals. */
  count(word: string): number {
    if (this.counts === undefined) {
      this.counts = new Map();
      for (const token of this.text.split(/[^\p{L}\p{M}\p{N}'’-]+/u)) {
        if (token.length > 0) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
      }
    }
    return this.counts.get(word) ?? 0;
  }

  /** How often a phrase is written (as text, not counting overlaps). */
  occurrences(phrase: string): number {
    let found = 0;
    for (
      let at = this.text.indexOf(phrase);
      at >= 0;
      at = this.text.indexOf(phrase, at + phrase.length)
    ) {
      found++;
    }
    return found;
  }
}

/**
 * Forms (of `allForms`, or a subset of them) with words glued in front of the name dropped,
 * using the article's own short forms:
 * "Mulia Reza Pratama" also written "Reza" becomes "Reza Pratama". A short form that is
 * the last word (a surname) says nothing about where the first name starts, so it is ignored.
 * With the article's words known, a leading word is dropped only when the form was clipped
 * from a longer run or the article also writes the word outside the form: "Muhammad Rizal
 * Hakim", later "Rizal", keeps its first name.
 */
function trimmedForms(
  forms: ReadonlyMap<string, number>,
  allForms: ReadonlyMap<string, number> = forms,
  words?: ArticleWords,
): Map<string, number> {
  const starts = new Set<string>();
  for (const form of allForms.keys()) {
    const tokens = form.split(/\s+/u);
    if (tokens.length < 3) starts.add(tokens[0] ?? '');
  }
  const trimmed = new Map<string, number>();
  // "Воронова" beside "Сергей Воронов" is the surname in another case: shown in the nominative.
  const formWords = new Set([...allForms.keys()].flatMap((form) => form.split(/\s+/u)));
  for (const [original, count] of forms) {
    const form = original
      .split(/\s+/u)
      .map((token) => {
        const base = RUSSIAN_SURNAME_CASE.exec(token.toLowerCase())?.[1];
        const nominative = base === undefined ? undefined : token.slice(0, base.length);
        return nominative !== undefined && formWords.has(nominative) ? nominative : token;
      })
      .join(' ');
    const tokens = form.split(/\s+/u);
    const at = tokens.findIndex((token, i) => i > 0 && i < tokens.length - 1 && starts.has(token));
    const glued =
      at > 0 &&
      (words === undefined ||
        words.clipped.has(original) ||
        tokens
          .slice(0, at)
          .some(
            (token) => !allForms.has(token) && words.count(token) > words.occurrences(original),
          ));
    const kept = glued ? tokens.slice(at).join(' ') : form;
    trimmed.set(kept, (trimmed.get(kept) ?? 0) + count);
  }
  return trimmed;
}
