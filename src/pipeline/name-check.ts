// The last gate a speaker candidate passes: a capitalised run is a person's name only when no
// word of it is something else a capital letter can stand for in news text — a function word
// opening a sentence, a weekday or month, a place, a country, the outlet, a possessed noun.
// Words that cannot be part of the name are trimmed from its edges; a candidate left with
// nothing is refused, so the quote stays unattributed rather than credited to a non-person.
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import id from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import ro from 'i18n-iso-countries/langs/ro.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import places from './lexicon/data/places.json' with { type: 'json' };
import { placeKey } from './gazetteer.ts';
import { stopWordsOf } from './stopwords.ts';
import { MONTHS, WEEKDAYS } from './dates.ts';

/** A set of lower-case words asked only whether it holds a word. */
export interface WordSet {
  has(word: string): boolean;
}

/** What the article as a whole says about its capitalised words. */
export interface WordEvidence {
  /** The article's language (BCP 47 primary tag). */
  lang: string;
  /** Lower-case words the article itself uses as places (dateline, "di X", "Kota X"). */
  places: WordSet;
  /** Words the article writes in lower case somewhere: common words, not names. */
  lowercase: ReadonlySet<string>;
  /** Words the article capitalises inside a sentence, where only names and nouns are. */
  midSentence: ReadonlySet<string>;
}

type CountryNames = { countries: Record<string, string | string[]> };
const COUNTRY_LOCALES: readonly CountryNames[] = [de, en, fr, id, ro, ru];

/** Country names in every supported language (from i18n-iso-countries), lower case. */
const COUNTRIES: ReadonlySet<string> = new Set(
  COUNTRY_LOCALES.flatMap((locale) =>
    Object.values(locale.countries).flatMap((names) =>
      (Array.isArray(names) ? names : [names]).map((name) => name.toLowerCase()),
    ),
  ),
);
const MAJOR_CITIES: ReadonlySet<string> = new Set(places.major);
const LOCAL_TOWNS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(places.local).map(([lang, names]) => [lang, new Set(names)]),
);

/** Indonesian and Malay "-nya" nouns ("Dirinya", "Pihaknya", "Tujuannya") are possessed nouns. */
const POSSESSED_NOUN = /^\p{L}{3,}nya$/u;
/**
 * Indonesian and Malay nouns derived with the confixes pe(N)-…-an, per-…-an and ke-…-an
 * ("Pencegahan", "Perindustrian", "Kesehatan") name activities and fields, never people.
 */
const DERIVED_NOUN = /^(?:pe[mnr]?|peng|peny|ke)\p{L}{3,}an$/u;
const isMalayNounKey = (lower: string): boolean =>
  POSSESSED_NOUN.test(lower) || DERIVED_NOUN.test(lower);
const isMalayNoun = (word: string, lang: string): boolean =>
  (lang === 'id' || lang === 'ms') && isMalayNounKey(key(word));
/** "Widodo's", "Macron’s": English possessive, not part of the name. */
const POSSESSIVE = /['’]s$/u;

// The checks below take a word's key, computed once per word (each word is asked several).
const key = (word: string): string => placeKey(word).replace(/[.,;:]+$/u, '');

function isCalendarWord(lower: string): boolean {
  return WEEKDAYS.has(lower) || (lower.length > 3 && MONTHS.has(lower));
}

/**
 * A word the article treats as an ordinary word: a stop word of its language or a word it
 * also writes in lower case, which it never capitalises inside a sentence (so its capitals
 * are only those that open sentences: "Ketika", "Apalagi", "Namun"). A stop word that the
 * article does capitalise mid-sentence is a name there ("Theresa May", "Neil Young").
 */
function isCommonWord(lower: string, evidence: WordEvidence): boolean {
  if (evidence.midSentence.has(lower)) return false;
  return stopWordsOf(evidence.lang).has(lower) || evidence.lowercase.has(lower);
}

/**
 * A place: one the article itself uses as a place, a country, or a town from the gazetteer.
 * English surnames are so often town names ("Hamilton", "Austin") that for English text the
 * gazetteer alone is not enough evidence.
 */
function isPlaceName(lower: string, evidence: WordEvidence): boolean {
  if (evidence.places.has(lower) || COUNTRIES.has(lower)) return true;
  if (evidence.lang === 'en') return false;
  return MAJOR_CITIES.has(lower) || (LOCAL_TOWNS[evidence.lang]?.has(lower) ?? false);
}

/** Whether a word at the edge of a run cannot belong to a person's name. */
function isEdgeWord(word: string, evidence: WordEvidence): boolean {
  const lower = key(word);
  return isCalendarWord(lower) || isCommonWord(lower, evidence) || isPlaceName(lower, evidence);
}

/**
 * The words of a person's name with what cannot belong to it trimmed from both edges
 * ("Namun Budi" → "Budi", "Mashul Jumat" → "Mashul", "Widodo's" → "Widodo"), or null when
 * nothing of a name is left.
 */
export function checkNameWords(
  words: readonly string[],
  evidence: WordEvidence,
  afterOffice = false,
): string[] | null {
  const kept = words.map((word, i) =>
    i === words.length - 1 ? word.replace(POSSESSIVE, '') : word,
  );
  // "Tim Percepatan Pembangunan …", "Perwakilan Kediri Raya": a derived noun belongs
  // to the name of a body or programme, so the person, if any, is after the last one.
  const derived = kept.findLastIndex((word) => isMalayNoun(word, evidence.lang));
  if (derived >= 0) kept.splice(0, derived + 1);
  if (kept.length === 0) return null;
  // Only a place the article itself names as one: "Bima Arya" is a person, Bima a town too.
  const startsWithPlace = kept.length === 2 && evidence.places.has(key(kept[0] ?? ''));
  while (kept.length > 1 && isEdgeWord(kept[0] ?? '', evidence)) kept.shift();
  // "Kediri Raya", "Bandung Barat": two words opening with a stated place name a place; after
  // an office and its body they are the body's place and the person ("Kepala Puskesmas
  // Sukaraja Sutarno").
  if (startsWithPlace && kept.length === 1 && !afterOffice) return null;
  while (kept.length > 1 && isEdgeWord(kept[kept.length - 1] ?? '', evidence)) kept.pop();
  if (kept.length === 0) return null;
  // Names are capitalised wherever they stand; a word the article also writes in lower case
  // is an ordinary word, capitalised here only as part of an office's or body's name
  // ("Menteri Keuangan", "Badan Pusat Statistik"). English is left out: its surnames
  // are so often ordinary words ("Young", "Brown", "Bush").
  if (evidence.lang !== 'en') {
    const ordinary = (word: string): boolean => {
      const lower = key(word);
      return evidence.lowercase.has(lower) || stopWordsOf(evidence.lang).has(lower);
    };
    if (kept.every(ordinary)) return null;
    while (kept.length > 2 && ordinary(kept[0] ?? '')) kept.shift();
  }
  const whole = kept.join(' ');
  if (kept.length === 1) {
    const word = kept[0] ?? '';
    if (isEdgeWord(word, evidence)) return null;
    if (isMalayNoun(word, evidence.lang)) return null;
  }
  if (COUNTRIES.has(whole.toLowerCase()) || evidence.places.has(whole.toLowerCase())) return null;
  return kept;
}

/**
 * Whether every word of a name looks like a name word: none is a stop word, a word the article
 * also writes in lower case, a weekday or month, or a place. Stricter than checkNameWords:
 * for runs taken as possible people without any other sign.
 */
export function isNameLike(words: readonly string[], evidence: WordEvidence): boolean {
  return words.every((word) => {
    const lower = key(word);
    return (
      !evidence.lowercase.has(lower) &&
      !stopWordsOf(evidence.lang).has(lower) &&
      !isCalendarWord(lower) &&
      !isPlaceName(lower, evidence)
    );
  });
}

const WORD = /[\p{L}\p{M}'’-]+/gu;
/** A word right after these is part of a handle, hashtag, address or domain. */
const WEB_PUNCTUATION: ReadonlySet<string> = new Set(['@', '#', '.', '/']);
/** A word glued to these and more letters is the start of an address or domain. */
const WEB_GLUE: ReadonlySet<string> = new Set(['.', '/', '@']);
const SENTENCE_OPENING = /(?:^|[.!?:;"“”„«»]\s*|\s[-–—]\s*)$/u;

/** Reads which words an article writes in lower case and which it capitalises mid-sentence. */
export function readWordEvidence(
  texts: readonly string[],
): Pick<WordEvidence, 'lowercase' | 'midSentence'> {
  const lowercase = new Set<string>();
  const midSentence = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      // Handles, hashtags, addresses and domains are written in lower case whatever they name.
      if (WEB_PUNCTUATION.has(text[match.index - 1] ?? '')) continue;
      const end = match.index + word.length;
      if (WEB_GLUE.has(text[end] ?? '') && /\p{L}/u.test(text[end + 1] ?? '')) continue;
      const first = word[0] ?? '';
      if (first !== first.toUpperCase()) {
        lowercase.add(word);
      } else if (first !== first.toLowerCase()) {
        const before = text.slice(Math.max(0, match.index - 3), match.index);
        if (!SENTENCE_OPENING.test(before)) midSentence.add(word.toLowerCase());
      }
    }
  }
  return { lowercase, midSentence };
}
