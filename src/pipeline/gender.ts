// Grammatical gender, where a language marks it, so that "she said" never goes to a man:
// pronouns ("she", "elle", "она"), forms of address ("Mrs", "Frau", "Mme"), Russian surname
// endings ("Иванова") and Russian past-tense verbs ("сказала"). Unknown gender agrees with
// everything: the check only ever removes a candidate the text rules out.
import { MERGED } from './lexicon/index.ts';

/** A person's or a pronoun's gender, when the text marks it. */
export type Gender = 'f' | 'm';

const FEMININE_PRONOUNS = new Set(MERGED.femininePronouns);
const MASCULINE_PRONOUNS = new Set(MERGED.masculinePronouns);
const FEMININE_TITLES = new Set(MERGED.feminineTitles);
const MASCULINE_TITLES = new Set(MERGED.masculineTitles);
/** Longest endings first, so "-ская" is tried before "-ая". */
const byLength = (endings: readonly string[]): string[] =>
  [...endings].sort((a, b) => b.length - a.length);
const NAME_ENDINGS: readonly (readonly [string, Gender])[] = byLength([
  ...MERGED.feminineNameEndings,
  ...MERGED.masculineNameEndings,
]).map((ending) => [ending, MERGED.feminineNameEndings.includes(ending) ? 'f' : 'm'] as const);
const VERB_ENDINGS: readonly (readonly [string, Gender])[] = byLength([
  ...MERGED.feminineVerbEndings,
  ...MERGED.masculineVerbEndings,
]).map((ending) => [ending, MERGED.feminineVerbEndings.includes(ending) ? 'f' : 'm'] as const);
/** A surname this short says nothing by its ending ("Ин", "Ая"). */
const MIN_SURNAME_LENGTH = 4;

const bare = (word: string): string => word.toLowerCase().replace(/[.,;:]+$/u, '');

/** The gender a pronoun marks ("she" → f), if any. */
export function genderOfPronoun(word: string): Gender | undefined {
  const lower = bare(word);
  if (FEMININE_PRONOUNS.has(lower)) return 'f';
  return MASCULINE_PRONOUNS.has(lower) ? 'm' : undefined;
}

/**
 * German marks a woman in an office with "-in" on the masculine noun ("Sprecher" →
 * "Sprecherin", "Landrat" → "Landrätin"): office endings whose "-in"-less form is an office
 * ending too.
 */
const FEMININE_OFFICE_ENDINGS: readonly string[] = [...MERGED.roleNounSuffixes, ...MERGED.titles]
  .filter((word) => /\p{L}{4,}in$/u.test(word))
  .filter((word) => {
    const base = word.slice(0, -2);
    return [...MERGED.roleNounSuffixes, ...MERGED.titles].some(
      (other) => other === base || other === base.replace('ä', 'a'),
    );
  });

/** The gender a form of address or a marked office noun gives ("Mrs", "Sprecherin" → f). */
export function genderOfTitle(word: string): Gender | undefined {
  const lower = bare(word);
  if (FEMININE_TITLES.has(lower) || FEMININE_TITLES.has(`${lower}.`)) return 'f';
  if (FEMININE_OFFICE_ENDINGS.some((ending) => lower.endsWith(ending))) return 'f';
  return MASCULINE_TITLES.has(lower) || MASCULINE_TITLES.has(`${lower}.`) ? 'm' : undefined;
}

/** The gender a Russian surname's ending marks ("Иванова" → f), if any; only in Cyrillic. */
export function genderOfName(name: string): Gender | undefined {
  const surname = (name.split(/\s+/u).pop() ?? '').toLowerCase();
  if (surname.length < MIN_SURNAME_LENGTH || !/^\p{Script=Cyrillic}+$/u.test(surname))
    return undefined;
  return NAME_ENDINGS.find(([ending]) => surname.endsWith(ending))?.[1];
}

/** The gender a past-tense verb agrees with ("сказала" → f), if its language marks it. */
export function genderOfVerb(verb: string): Gender | undefined {
  const lower = bare(verb);
  if (!/^\p{Script=Cyrillic}+$/u.test(lower)) return undefined;
  return VERB_ENDINGS.find(([ending]) => lower.endsWith(ending))?.[1];
}
