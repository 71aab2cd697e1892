// Person names: finding capitalised name runs, stripping titles, and grouping the forms
// one person goes by in an article ("Achmad Choirur Rochim" … "Rochim").
import { MERGED } from './lexicon/index.ts';
import { alternation, trailingWord } from './regex.ts';
import { checkNameWords, readWordEvidence, type WordEvidence, type WordSet } from './name-check.ts';

/** Longest name kept from a run; longer runs keep their last two words ("France Bleu Xavier Garrabé"). */
const MAX_NAME_WORDS = 3;

const TITLE_SET = new Set(MERGED.titles);
/**
 * Offices of two words ("wali kota", "juru bicara", "komisaris besar"): the second word may
 * on its own be a place noun or a common noun ("Kota"), so the pair is read as one title.
 */
const TWO_WORD_TITLES: ReadonlySet<string> = new Set(
  [...MERGED.titles, ...MERGED.roleNouns].filter((title) => title.split(' ').length === 2),
);
const PLACE_NOUN_SET: ReadonlySet<string> = new Set(MERGED.placeNouns);
const SCHOLARLY_TITLES: ReadonlySet<string> = new Set(MERGED.scholarlyTitles);
const INSTITUTION_SET = new Set(MERGED.institutionWords);
/** Generic institution nouns always followed by the institution's own name ("Bank Permata"). */
const NAMED_INSTITUTIONS = new Set(MERGED.namedInstitutionNouns);
/** One-word office abbreviations ("menkes", "wapres", "kapolri"). */
const SHORT_ROLES = new Set(
  MERGED.roleAliases.map(([short]) => short).filter((s) => !s.includes(' ')),
);
const FUNCTION_SET = new Set([...MERGED.functionWords, ...MERGED.pronouns]);
/** Compound role nouns ("Polizeisprecher") and organisation names ("Fahrgastverband"). */
const ROLE_NOUN_SUFFIX = new RegExp(`(${alternation(MERGED.roleNounSuffixes)})$`, 'u');
const ORGANISATION_SUFFIX = new RegExp(`(${alternation(MERGED.organisationSuffixes)})$`, 'u');
const ORGANISATION_PREFIX = new RegExp(`^(${alternation(MERGED.organisationPrefixes)})`, 'u');
/** A word naming a body by its ending ("Stadtwerke") or its Indonesian opening ("Kemenlu"). */
const isOrganisationWord = (word: string): boolean =>
  ORGANISATION_SUFFIX.test(word) || ORGANISATION_PREFIX.test(word);
// A capitalised word (an outlet may carry its domain: "Beritanusa.id"), or an @handle. Only
// an abbreviation ("Drs.", "Jr.", "M.") carries its stop into the run: after a longer word the
// stop ends the sentence ("menjaga situasi Kotabaru. Ia mengingatkan").
// Letters only: "Rp5.000", "COVID-19" or "Covid-19" are not names.
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’-]*(?![\p{L}\p{M}\p{N}]|-\p{N})(?:\.(?:com|co\.id|id|net|org|tv))?(?:(?<![\p{L}\p{M}]{5})\.)?|@[\p{L}\p{N}_.]+)`;
// Lower-case name particles ("Ellen de Wit", "da Silva"); not "di", an Indonesian preposition.
const PARTICLE = `(?:${alternation(MERGED.nameParticles)})`;
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

/** What the article says about names as a whole: which capitalised words are places. */
export interface NameContext extends WordEvidence {
  /** Known regions and countries, and lower-case words seen right after a preposition of
   * place ("di Jakarta", "in Berlin"). */
  places: WordSet;
  /** Places the article states as such: dateline, "Kota X", "di X" (not "dari X", "from X"). */
  statedPlaces: ReadonlySet<string>;
  /** Short names the article gives organisations ("Badan Pengawas Pemilu (Bawaslu)"). */
  organisations: ReadonlySet<string>;
  /**
   * Names whose start is a guess: read from a run longer than a name and kept to its last
   * words, or after a body's name whose length is guessed. Their first word may be the end of
   * the body before them ("Public Affairs Budi Hartono"). Filled while reading.
   */
  clipped?: Set<string>;
}

/** Places known before reading the article: regions and countries. */
const KNOWN_PLACES: ReadonlySet<string> = new Set([...MERGED.regions, ...MERGED.countries]);

export const EMPTY_CONTEXT: NameContext = {
  places: KNOWN_PLACES,
  statedPlaces: new Set(),
  lang: 'und',
  organisations: new Set(),
  lowercase: new Set(),
  midSentence: new Set(),
};
const ORGANISATION_ALIAS = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}-]*\s+(?:(?:${alternation(MERGED.roleJoiners)})\s+)?){1,6})\((\p{Lu}[\p{L}-]+)\)`,
  'gu',
);

const LOCATIVE = new RegExp(
  String.raw`(?:^|[\s(])(?:${MERGED.locativePrepositions.join('|')})\s+(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);

// "di Bandung", "in Berlin", "в Москве": prepositions that only ever take a place (unlike
// "dari", "from", "à", which take people too: "pesan dari Jokowi", "a dit à Macron").
const STATED_LOCATIVE = new RegExp(
  String.raw`(?:^|[\s(])(?:${alternation(MERGED.statedLocativePrepositions)})\s+(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);

// "Kota Bogor", "Kabupaten Demak", "cabang Jakarta": the word after is a place.
const PLACE_NOUN = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(MERGED.placeNouns)})\s+(\p{Lu}[\p{L}'’-]+)`,
  'giu',
);

const LETTER = /^\p{L}$/u;
const ROLE_JOINER_SET: ReadonlySet<string> = new Set(MERGED.roleJoiners);

/** Builds the name context of an article from its paragraphs (and its dateline, a place). */
export function readNameContext(
  texts: readonly string[],
  lang: string,
  dateline?: string,
): NameContext {
  // The article's own places, looked up before the known ones (not copied into them: the
  // known set is large and an article names a handful).
  const places = new Set<string>();
  const statedPlaces = new Set<string>();
  if (dateline !== undefined) statedPlaces.add(dateline.toLowerCase());
  for (const word of dateline?.toLowerCase().split(/\s+/u) ?? []) places.add(word);
  for (const text of texts) {
    for (const match of text.matchAll(PLACE_NOUN)) {
      // "Wali Kota Lestari": a place noun inside an office's name ("mayor") names no place.
      const wordBefore = trailingWord(text.slice(0, match.index), LETTER);
      if (isTitle(wordBefore)) continue;
      places.add((match[1] ?? '').toLowerCase());
      statedPlaces.add((match[1] ?? '').toLowerCase());
    }
  }
  for (const text of texts) {
    for (const match of text.matchAll(LOCATIVE)) places.add((match[1] ?? '').toLowerCase());
    for (const match of text.matchAll(STATED_LOCATIVE))
      statedPlaces.add((match[1] ?? '').toLowerCase());
  }
  const organisations = new Set<string>();
  const evidence = readWordEvidence(texts);
  const { lowercase } = evidence;
  for (const text of texts) {
    // The short name stands in brackets: a paragraph without one has none to read.
    if (!text.includes('(')) continue;
    for (const match of text.matchAll(ORGANISATION_ALIAS)) {
      const words = (match[1] ?? '').trim().split(/\s+/u);
      // "Asosiasi Pengusaha dan Eksportir (Apexindo)": a body's name joins its parts with "dan" and is
      // made of ordinary words (the article writes "industri" in lower case elsewhere); a
      // person's name (with a nickname: "Joko Widodo (Jokowi)") has neither.
      const body =
        words.some((word) => INSTITUTION_SET.has(bare(word))) ||
        words.some((word) => ROLE_JOINER_SET.has(word)) ||
        words.filter((word) => lowercase.has(bare(word))).length >= 2;
      if (body) organisations.add(bare(match[2] ?? ''));
    }
  }
  return {
    places: { has: (word) => places.has(word) || KNOWN_PLACES.has(word) },
    statedPlaces,
    lang,
    organisations,
    clipped: new Set(),
    ...evidence,
  };
}

/** A name found in a run of capitalised words, with the office written before it. */
export interface RunName {
  name: string;
  /** A title, rank or office stood before the name. */
  titled: boolean;
  /** That office, as a role key ("menteri kesehatan", "presiden"), when the run opens with it. */
  role?: string;
}

/** Each role key's aliases: short and long forms of the same office. */
export const ROLE_KEYS = new Map<string, string[]>();
for (const [short, long] of MERGED.roleAliases) {
  ROLE_KEYS.set(short, [...(ROLE_KEYS.get(short) ?? []), long]);
  ROLE_KEYS.set(long, [...(ROLE_KEYS.get(long) ?? []), short]);
}
const ROLE_DETERMINERS = new RegExp(
  `^(${alternation(MERGED.roleKeyDeterminers)})\\s+|^(${alternation(MERGED.elidedArticles)})`,
  'iu',
);
const ROLE_DEMONSTRATIVES = new RegExp(`\\s+(${alternation(MERGED.roleKeyDemonstratives)})$`, 'iu');

/** "pejabat kementerian itu", "bupati tersebut": a phrase a demonstrative points back with. */
export const endsWithDemonstrative = (phrase: string): boolean =>
  ROLE_DEMONSTRATIVES.test(phrase.trim());

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

const HONORIFIC_SET: ReadonlySet<string> = new Set(MERGED.honorifics);
const isHonorific = (word: string): boolean => HONORIFIC_SET.has(bare(word).replace(/\.$/u, ''));

/**
 * An office or description as the article writes it before a name, made fit to show: function
 * words in front and forms of address or ranks at either end dropped ("Kapolri Jenderal" →
 * "Kapolri", "Pour" → null, "Ibu" → null). Null when nothing is left.
 */
export function describeOffice(phrase: string): string | null {
  const words = dropFunctionWords(phrase.split(/\s+/u).filter((word) => word.length > 0));
  let start = 0;
  let end = words.length;
  // Ranks of two words ("Komisaris Besar") end a description as one.
  const pair = (at: number): boolean =>
    at >= start && isHonorific(`${words[at] ?? ''} ${words[at + 1] ?? ''}`);
  while (start < end && isHonorific(words[start] ?? '')) start++;
  for (;;) {
    if (end > start && isHonorific(words[end - 1] ?? '')) end--;
    else if (end - 2 >= start && pair(end - 2)) end -= 2;
    else break;
  }
  const text = words
    .slice(start, end)
    .join(' ')
    .replace(/[\s,;:(]+$/u, '');
  return text === '' ? null : text;
}

/** "Menurut Dahlan", "Pour Henri Lestrade": a sentence-initial function word is not a name. */
function dropFunctionWords(words: string[]): string[] {
  let start = 0;
  while (start < words.length && FUNCTION_SET.has(bare(words[start] ?? '').replace(/['’]$/u, '')))
    start++;
  return words.slice(start);
}

/** The office a run consists of entirely ("Menkes", "Wakil Presiden"), or null. */
export function roleOfRun(run: string): string | null {
  const words = dropFunctionWords(run.split(/\s+/u).filter((word) => word.length > 0));
  if (words.length === 0 || !isTitle(words[0] ?? '')) return null;
  if (!words.every((word) => isTitle(word) || ACRONYM.test(word))) return null;
  const key = roleKey(words.join(' '));
  return key.length > 0 ? key : null;
}

/**
 * The person's name inside a run: titles and offices before it dropped, and anything up to
 * the last acronym or rank ("Wakapolres Metro Jakarta Selatan AKBP Harun" → "Harun").
 */
export function nameFromRun(run: string, context: NameContext = EMPTY_CONTEXT): RunName | null {
  // The same runs are read again and again (mentions, cues, frames): once per article.
  const cache = RUN_CACHE.get(context);
  const hit = cache?.get(run);
  if (hit !== undefined) return hit;
  const found = readNameFromRun(run, context);
  if (context !== EMPTY_CONTEXT) {
    if (cache === undefined) RUN_CACHE.set(context, new Map([[run, found]]));
    else cache.set(run, found);
  }
  return found;
}

const RUN_CACHE = new WeakMap<NameContext, Map<string, RunName | null>>();

function readNameFromRun(run: string, context: NameContext): RunName | null {
  let words = dropFunctionWords(run.split(/\s+/).filter((word) => word.length > 0));
  let titled = false;
  let cut = -1;
  let cutAtOrganisation = false;
  for (const [i, word] of words.entries()) {
    const pair = i > 0 && TWO_WORD_TITLES.has(`${bare(words[i - 1] ?? '')} ${bare(word)}`);
    const title = pair || isTitle(word);
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
  // "Wali Kota Kediri Andi Prasetyo": an office ending in a place noun names its place next.
  const placeAfterTitle =
    cut >= 0 &&
    PLACE_NOUN_SET.has(bare(words[cut] ?? '')) &&
    words.length - cut > 2 &&
    (context.places.has(bare(words[cut + 1] ?? '')) ||
      context.statedPlaces.has(bare(words[cut + 1] ?? '')));
  // "RSUD Dr Sutrisno", "Universitas Prof Dr Wiryo": a title right after an institution
  // word is part of the body's name, which goes on with the next word.
  const namedAfterPerson =
    cut >= 1 &&
    SCHOLARLY_TITLES.has(bare(words[cut] ?? '')) &&
    INSTITUTION_SET.has(bare(words[cut - 1] ?? ''));
  if (cut >= 0) words = words.slice(cut + (placeAfterTitle || namedAfterPerson ? 2 : 1));
  // "Kepala BPPTKG Yogyakarta": an organisation followed by one word is a place.
  if (cutAtOrganisation && words.length === 1) return null;
  // "Dusun Ngandong", "Kota Batu Hendra": a place noun and the place it names are not a name.
  const placeNoun = words.findLastIndex((word) => PLACE_NOUN_SET.has(bare(word)));
  if (placeNoun >= 0) words = words.slice(placeNoun + 2);
  if (words.length === 0) return null;
  // "Kemenkes Ratna Dewi Anggraini", "Bank Mulia Reza Pratama": an institution (with its
  // own name after a generic noun such as "Bank", or a body's short name) comes before the person.
  const institution = words.findLastIndex(
    (word) => INSTITUTION_SET.has(bare(word)) || isOrganisationWord(bare(word)),
  );
  // The institution's own name may be longer than the one word skipped ("Universitas Nusa
  // Cendana Yohanes Bere"): where the person's name starts is then a guess.
  let clipped = false;
  if (institution >= 0) {
    const named = NAMED_INSTITUTIONS.has(bare(words[institution] ?? ''));
    const skip = named ? 2 : 1;
    if (words.length - (institution + skip) >= 2) {
      words = words.slice(institution + skip);
      clipped = named && words.length >= MAX_NAME_WORDS;
    }
  }
  // After the institution: "dari Fraksi Partai Hijau Rahmat Sulistyo" makes "Fraksi" look like a
  // place. "cabang Jakarta Hendra Wijaya": a place in front of a full name is not part of it.
  if (words.length >= MAX_NAME_WORDS && context.places.has(bare(words[0] ?? '')))
    words = words.slice(1);
  if (words.length > MAX_NAME_WORDS) {
    // "Jakarta Dahlan Arif Sinaga": cut after the last known place, else keep the last words.
    const place = words.findLastIndex((word) => context.places.has(bare(word)));
    if (place >= 0 && place < words.length - 1) words = words.slice(place + 1);
    clipped ||= words.length > MAX_NAME_WORDS;
    words = words.slice(-MAX_NAME_WORDS);
  }
  const checked = checkNameWords(
    words,
    { ...context, places: context.statedPlaces },
    titled && institution >= 0,
  );
  if (checked === null) return null;
  const name = checked.join(' ').replace(/[.,]$/u, '');
  if (!/^[\p{Lu}@]/u.test(name)) return null;
  if (name.length < 2 || ACRONYM.test(name)) return null;
  // "Komandan Regu C", "Pos 3 Blok C": a unit or a block is labelled by a letter at its end;
  // a person's initials come before the name they abbreviate ("Andi AS Nugroho").
  if (checked.length > 1 && /^\p{Lu}\.?$/u.test(checked[checked.length - 1] ?? '')) return null;
  if (words.some((word) => INSTITUTION_SET.has(bare(word)) || isOrganisationWord(bare(word)))) {
    return null;
  }
  if (clipped) context.clipped?.add(name);
  return role.length > 0 ? { name, titled, role } : { name, titled };
}

const RECIPIENT = new RegExp(`^(${alternation(MERGED.recipientMarkers)})$`, 'iu');

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
  return words.some((word) => INSTITUTION_SET.has(bare(word)) || isOrganisationWord(bare(word)));
}
