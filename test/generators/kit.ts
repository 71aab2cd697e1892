// What a language needs to write a news article with attributed quotes: its names, roles,
// places, quote marks, sentences, and how it attaches a speaker to a quotation.
import type { LangCode } from './calendar.ts';

export type Gender = 'm' | 'f';

/** A pair of quotation marks as a page prints them; `pad` is the space inside (French). */
export interface Marks {
  open: string;
  close: string;
  pad: string;
}

/** An office written with a name: before it ("police spokeswoman Jane Miller") or as an appositive ("le maire de Lyon, Pierre Dubois"). */
export interface Role {
  text: Readonly<Record<Gender, string>>;
  style: 'title' | 'appositive';
}

export interface City {
  name: string;
  /** Russian prepositional ("в Казани"); the name itself elsewhere. */
  locative: string;
}

/** A generated person, with the forms the article may use for them. */
export interface Person {
  full: string;
  /** The form used once the person is introduced ("Miller", or "Budi" in Indonesian). */
  short: string;
  /** Honorific form ("Pak Budi", "Ms Miller"), where the language's press uses one. */
  honorific?: string;
  gender: Gender;
  role?: Role;
  age: number;
}

/** Where and when the article's events happen. */
export interface Scene {
  city: City;
  /** Country name in the article's language (from i18n-iso-countries), usable without an article. */
  country: string;
  /** Monday = 0. */
  weekday: number;
  day: number;
  /** January = 0. */
  month: number;
  year: number;
}

export interface LanguageKit {
  code: LangCode;
  given: Readonly<Record<Gender, readonly string[]>>;
  /** Surnames by gender, aligned by index (Russian "Петров"/"Петрова"). */
  surnames: Readonly<Record<Gender, readonly string[]>>;
  /** One-word names (common in Indonesia). */
  mononyms?: Readonly<Record<Gender, readonly string[]>>;
  /** Whether later mentions may use the given name (Indonesian) as well as the surname. */
  shortByGiven: boolean;
  honorific?: Readonly<Record<Gender, string>>;
  roles: readonly Role[];
  cities: readonly City[];
  /** ISO 3166 codes whose names fit the templates without an article. */
  countryCodes: readonly string[];
  /** The language's own marks first, then marks seen in scraped text of the language. */
  marks: readonly Marks[];
  /** Quotations without their final full stop; a question keeps its "?". */
  quotes: readonly string[];
  headlines: readonly string[];
  /** Narrative sentences naming nobody; placeholders {CITY} {WEEKDAY} {MONTH} {COUNTRY}. */
  narrative: readonly string[];
  /** A sentence with {SCARE} and the single term set in scare quotes there. */
  scare: readonly (readonly [string, string])[];
  /** Subject pronoun, lower case. */
  pronoun: Readonly<Record<Gender, string>>;
  /** Title, rank and role words (lower case) that may stand in front of a name. */
  titleWords: readonly string[];

  /** The quotation as it stands before a cue that follows it ("“…,”", "„…“,", "«…», —"). */
  quoteThenCue(marks: Marks, quote: string): string;
  /** The quotation as a sentence of its own. */
  quoteSentence(marks: Marks, quote: string): string;
  /** The cue after a quotation naming `who` ("kata Budi Santoso."); `v` picks the verb. */
  cueAfterName(v: number, who: string, gender: Gender, question: boolean): string;
  /** Subject first ("Jane Miller said."), where the language writes it so. */
  cueAfterSubject?(v: number, who: string, gender: Gender, question: boolean): string;
  cueAfterPronoun(v: number, gender: Gender, question: boolean): string;
  /** A cue with a time and place ("kata Budi di Bandung, Senin (6/1/2022)."). */
  cueAfterScene(
    v: number,
    who: string,
    gender: Gender,
    question: boolean,
    scene: Scene,
    variant: number,
  ): string;
  /** A cue introducing the quotation that follows ("Budi Santoso mengatakan,", "Miller said:"). */
  cueBefore(v: number, subject: string, gender: Gender): string;
  /** "Menurut Budi Santoso,", or null where the language would inflect the name. */
  according?(who: string, gender: Gender): string | null;
  /** "Namun, kata dia," (`who` null for the pronoun). */
  connector?(v: number, who: string | null, gender: Gender): string;
  /** A quotation interrupted by its cue inside one pair of marks (French incise, Russian). */
  interruptedInside?(
    marks: Marks,
    first: string,
    second: string,
    v: number,
    who: string | null,
    gender: Gender,
  ): string;
  /** A paragraph introducing a person, naming nobody else and quoting nothing. */
  intro(
    person: Person,
    named: (atStart: boolean, continues: boolean) => string,
    scene: Scene,
    variant: number,
  ): string;
  /** A paragraph naming a person who is not quoted. */
  bystander(person: Person, scene: Scene, variant: number): string;
  /** The scene's date as the language writes it in a cue. */
  date(scene: Scene): string;
}

export const pick = <T>(items: readonly T[], n: number): T => {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.abs(n) % items.length] as T;
};

export const capitalise = (text: string): string =>
  text.length === 0 ? text : (text[0] as string).toUpperCase() + text.slice(1);

export const isQuestion = (quote: string): boolean => quote.endsWith('?');

/** The quotation without its final punctuation, and that punctuation ('.' when none). */
export function splitEnd(quote: string): { body: string; end: string } {
  const match = /[?!]$/u.exec(quote);
  return match === null
    ? { body: quote, end: '.' }
    : { body: quote.slice(0, -1).trimEnd(), end: match[0] };
}
