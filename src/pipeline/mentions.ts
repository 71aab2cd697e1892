// People mentioned in the narrative (outside quotes), so that pronouns and roles in speech
// cues ("paparnya", "kata dia", "le maire") resolve to the person last named.
import { genderOfName, genderOfTitle, genderOfVerb, type Gender } from './gender.ts';
import { MERGED } from './lexicon/index.ts';
import { isNameLike } from './name-check.ts';
import { alternation, lowerSentenceStarts, trailingWord } from './regex.ts';
import {
  NAME_RUN,
  describeOffice,
  dropRecipient,
  isTitle,
  nameFromRun,
  roleKey,
  roleOfRun,
  type NameContext,
} from './names.ts';
import type { Person, PersonRegistry } from './people.ts';

/** A person named at a place in the text. */
export interface Mention {
  /** Document position: paragraph index and offset, comparable with `position()`. */
  at: number;
  person: Person;
  /** The name stands as an object ("kepada Mien Uno"), so it is not who speaks next. */
  isObject: boolean;
  /**
   * The person is shown speaking here: the subject of a verb of saying, named after
   * "according to", or the speaker of a quote. Pronoun cues refer to such a person first.
   */
  isSpeaking?: boolean;
  /**
   * The name opens its sentence (after at most a short opening phrase and a comma: "Namun,
   * Budi …"), so it is the sentence's subject and topic, not a name in passing.
   */
  isSubject?: boolean;
}

/** Orders places in the document: paragraph first, then offset. */
export const position = (paragraph: number, offset: number): number =>
  paragraph * PARAGRAPH_SPAN + offset;
/** The paragraph a `position()` lies in. */
export const paragraphOf = (at: number): number => Math.floor(at / PARAGRAPH_SPAN);
/** Offsets each paragraph spans in `position()`: more than any paragraph's length. */
const PARAGRAPH_SPAN = 1e7;

const words = alternation;

const SPEECH_AFTER = new RegExp(
  String.raw`^\s*(?:\(\d{1,3}\))?\s*,?\s*(?:(?:${words(MERGED.auxiliaries)})\s+){0,2}(?:${words([...MERGED.narrativeSpeechVerbs, ...MERGED.cueVerbs])})(?![\p{L}])`,
  'u',
);
// "Budi Santoso, Kepala Dinas Kesehatan, mengatakan": an appositive between the name and its
// verb; news also sets off when and how ("Yohanes Bere, saat dihubungi, Senin (8/2/2021),
// mengatakan"), so up to three such asides.
const APPOSITIVE_SPEECH_AFTER = new RegExp(
  String.raw`^\s*(?:,[^.!?"“”„«»,]{1,80}){1,3},\s*(?:(?:${words(MERGED.auxiliaries)})\s+){0,2}(?:${words([...MERGED.narrativeSpeechVerbs, ...MERGED.cueVerbs])})(?![\p{L}])`,
  'u',
);
// The name after a cue verb, "according to" or a passive verb of saying ("disampaikan (oleh)
// Budi") is who spoke.
// Up to three words may stand between the verb and the name: "заявил пресс-секретарь президента Дмитрий Песков".
const speechBefore = (verbs: readonly string[]): RegExp =>
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:${words([...verbs, ...MERGED.cueVerbs, ...MERGED.accordingTo, ...MERGED.passiveSpeechVerbs])})(?:\s+(?:${words(MERGED.agentMarkers)}))?\s+(?:(?!(?:${words(MERGED.prepositions)})\s)[\p{Ll}-]+\s+){0,3}$`,
    'u',
  );
const SPEECH_BEFORE = speechBefore(MERGED.narrativeSpeechVerbs);
// Indonesian active verbs (prefix me-/ber-: "mengatakan", "menjelaskan") keep their subject
// in front; what follows them is what was said ("Budi mengatakan Pusat Data Nasional
// segera …"), never the speaker. Only the bare cue verbs invert ("kata Sutopo").
const INDONESIAN_ACTIVE_VERB = /^(?:me|ber)\p{Ll}{3,}$/u;
const SPEECH_BEFORE_ID = speechBefore(
  MERGED.narrativeSpeechVerbs.filter((verb) => !INDONESIAN_ACTIVE_VERB.test(verb)),
);
// "Cak Imin, yang bernama lengkap Muhaimin Iskandar", "akrab disapa Emil", "Bu Marni, sapaan
// akrabnya": a nickname and a full name given in so many words (see linkNicknames).
const FULL_NAME = words(MERGED.fullNameMarkers);
const NICKNAME = new RegExp(
  String.raw`(?:(?<named>${NAME_RUN.source}),\s*(?:yang\s+)?(?:${FULL_NAME})\s+(?<full>${NAME_RUN.source}))|(?:(?:${words([...MERGED.fullNameMarkers, ...MERGED.nicknameMarkers])})\s+(?<alias>${NAME_RUN.source}))|(?:(?<alias2>${NAME_RUN.source}),\s*(?:${words(MERGED.nicknameAfterMarkers)}))`,
  'gu',
);
/** Any of NICKNAME's marker phrases: the long pattern runs only on text that has one. */
const NICKNAME_MARKER = new RegExp(
  words([...MERGED.fullNameMarkers, ...MERGED.nicknameMarkers, ...MERGED.nicknameAfterMarkers]),
  'u',
);
const ALIAS_AFTER = /^\s*\((\p{Lu}[\p{L}'’-]{2,}(?:\s\p{Lu}[\p{L}'’-]+)?)\)/u;
const DESCRIBED_SUBJECT = new RegExp(
  String.raw`(?:${words(MERGED.indefinites)})\s+(\p{L}[\p{L}-]{3,}(?:\s+\p{Ll}[\p{L}-]*){0,2})(?:\s+[^,.;:!?"“„«]{0,40})?\s+(?:${words(MERGED.narrativeSpeechVerbs)})(?![\p{L}])`,
  'iuy',
);
const SENTENCE_BREAK = /[.!?]\s+/gu;

/**
 * DESCRIBED_SUBJECT at each sentence's start: tried where sentences start (a sticky match per
 * sentence) instead of at every character of the paragraph.
 */
function* describedSubjects(text: string): Generator<RegExpExecArray> {
  const starts = [0, ...Array.from(text.matchAll(SENTENCE_BREAK), (m) => m.index + m[0].length)];
  for (const start of starts) {
    DESCRIBED_SUBJECT.lastIndex = start;
    const match = DESCRIBED_SUBJECT.exec(text);
    if (match !== null) yield match;
  }
}
// "Nadia (27)", "Margaret Tolley, 71,": an age after the name.
// "Nadia (27)", "Margaret Tolley, 71,", "Marie Dubois, 43 ans,", "Maria Neagu, în vârstă de
// 63 de ani,": an age after a name.
const AGE_AFTER = new RegExp(
  String.raw`^\s*(?:\(\d{1,3}\)|,\s*(?:\p{Ll}+\s+){0,3}\d{1,3}(?:\s+(?:${words(MERGED.ageWords)}))?\s*,)`,
  'iu',
);
// "Sofiane Benali, un jeune boulanger", "Ana Pop, care …": a name described by an appositive.
const APPOSITIVE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:${words(MERGED.appositiveOpeners)})\s+\p{Ll}`,
  'u',
);
// "Camat Turi, Bambang Suryono, memastikan": a title, a place, then the name between commas.
const TITLED_APPOSITIVE_BEFORE =
  /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}-]+)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*){0,4},\s*$/u;
const ROLE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:\p{Ll}+['’]?\s*){0,1}(${words(MERGED.roleNouns)})(?![\p{L}])`,
  'iu',
);
const OBJECT_SET = new Set(MERGED.objectMarkers);
const LOCATIVE_SET = new Set(MERGED.locativePrepositions.filter((word) => word !== 'la'));
const SOURCE_SET = new Set(MERGED.sourceVerbs);
const ACCORDING_LOWER = new RegExp(
  String.raw`(?<![\p{L}])(?:${words(MERGED.accordingTo)})\s+(\p{Ll}[\p{L}-]+)`,
  'giu',
);
// "Ana Pop, care administrează … strada Napoca, spune": a name inside a relative clause is not
// the subject of the verb after the clause.
const RELATIVE_CLAUSE_BEFORE = new RegExp(
  String.raw`,\s*(?:${words(MERGED.relativePronouns)})\s[^,.!?]*$`,
  'u',
);
/** A run opening with a body always named next ("Fraksi Partai Hijau …", "Bank Mulia …"). */
const INSTITUTION_FIRST = new RegExp(`^(?:${words(MERGED.namedInstitutionNouns)})\\s`, 'iu');
/** Two words or more, the last a word in lower case after its capital ("Rudi Hartanto", not "Sektor III"). */
const ENDS_AS_FULL_NAME = /\s\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** A full stop inside a name run: the run crossed into the next sentence. */
const STOP_INSIDE = /\.\s/u;
const blank = (text: string): string => ' '.repeat(text.length);
const BRACKETED_ACRONYM = /(?<=\p{Lu}[\p{L}-]*\s)\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)(?=\s+\p{Lu})/gu;
const ROLE_NOUN_SET: ReadonlySet<string> = new Set(MERGED.roleNouns);
/** "Juru Bicara Pemerintah Kota Bandung, Sutrisno,": a phrase opening with an office. */
const isOfficePhrase = (phrase: string): boolean => {
  const lower = phrase.replace(/^[\s,.!?]+/u, '').toLowerCase();
  return MERGED.roleNouns.some((noun) => noun.includes(' ') && lower.startsWith(`${noun} `));
};
// "The head of the local food bank, Robert Thompson,", "Der Leiter des Gesundheitsamts,
// Stefan Schneider,": a clause made of an office after an article, then the name between commas.
const OFFICE_CLAUSE_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]\s+|,\s+)(?:${words(MERGED.rolePhraseDeterminers)})\s+(?<first>[\p{L}-]+)(?:\s+(?<second>[\p{L}-]+))?[^,.;:!?"“”„«»]{0,60},\s*$`,
  'iu',
);
const isOfficeWord = (word: string | undefined): boolean =>
  word !== undefined && (isTitle(word) || ROLE_NOUN_SET.has(word.toLowerCase()));
/**
 * An office clause opened by an article (languages without articles name the office in the
 * run itself, which the titled-appositive check reads).
 */
/**
 * "Menurut pengamat kebijakan publik Universitas X, Budi Santoso, …", "According to a
 * spokesman for the ministry, Jane Doe, …": "according to" and an office described up to a
 * comma, then the name as its appositive.
 */
const ACCORDING_OFFICE_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:${words(MERGED.accordingTo)})\s+(?:(?:${words([...MERGED.rolePhraseDeterminers, ...MERGED.indefinites])})\s+)?(?<first>[\p{L}-]+)[^,.;:!?"“”„«»]{0,80},\s*$`,
  'iu',
);
function isOfficeClause(before: string): boolean {
  const groups = OFFICE_CLAUSE_BEFORE.exec(before)?.groups;
  return (
    isOfficeWord(groups?.first) ||
    isOfficeWord(groups?.second) ||
    isOfficeWord(ACCORDING_OFFICE_BEFORE.exec(before)?.groups?.first)
  );
}
const SENTENCE_START = /(?:^|[.!?]["”’»]?\s+)$/u;
/**
 * A sentence's start, then maybe an opening phrase of up to six words and a comma ("Selain
 * itu, ", "Dalam rapat itu, "): a name right after is the subject.
 */
const SUBJECT_BEFORE = /(?:^|[.!?]["”’»]?\s+)(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,5},\s+)?$/u;
/** Words after which a name in the same sentence is an object or in a subordinate clause. */
const NOT_SUBJECT_AFTER: ReadonlySet<string> = new Set([
  ...MERGED.prepositions,
  ...MERGED.locativePrepositions,
  ...MERGED.objectMarkers,
  ...MERGED.subordinators,
]);
const SUBORDINATORS: ReadonlySet<string> = new Set(MERGED.subordinators);
/**
 * Verb-second languages put the subject after the verb when anything else opens the sentence
 * ("Am Dienstag besuchte Polizeisprecher Klaus Berger …"): a preposition before a name there
 * says nothing about whether it is the subject.
 */
const VERB_SECOND: ReadonlySet<string> = new Set(['de', 'nl', 'sv', 'da', 'no']);
const SENTENCE_SO_FAR = /(?:^|[.!?]["”’»]?\s+)([^.!?]*)$/u;
/**
 * Whether a name stands as its sentence's subject: it opens the sentence (maybe after a short
 * opening phrase: "Namun, Budi …"), or only its office stands before it ("Kepala Dinas
 * Kesehatan Budi …", "Жительница района Лилия …"), with no preposition, object marker or
 * subordinating conjunction, as there is before a name in passing ("di belakang Budi",
 * "Setelah itu Budi diperiksa", "a budget agreed with Sam Whitfield").
 */
function isSubjectPosition(before: string, lang: string): boolean {
  if (SUBJECT_BEFORE.test(before)) return true;
  const sentence = SENTENCE_SO_FAR.exec(before)?.[1] ?? before;
  const words = sentence.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const marks = VERB_SECOND.has(lang) ? SUBORDINATORS : NOT_SUBJECT_AFTER;
  return !words.some((word) => marks.has(word.toLowerCase()));
}

interface Candidate {
  at: number;
  /** Null for an office standing alone ("Menkeu menambahkan"). */
  name: string | null;
  /** The office written with the name, or the office alone. */
  role?: string;
  /** That office as the article writes it before the name ("Wali Kota Kediri"), for readers. */
  description?: string;
  /** Another form of the name given in brackets right after it. */
  alias?: string;
  signalled: boolean;
  isObject: boolean;
  /** Shown speaking: subject of a verb of saying, or named right after a cue verb. */
  speaking?: boolean;
  /** Opens its sentence: the subject (see `Mention.isSubject`). */
  subject?: boolean;
  /** The person's gender, when the words around the name mark it. */
  gender?: Gender;
}

/** The stretches of a paragraph outside its quotes, with their offsets. */
export interface Narrative {
  paragraph: number;
  offset: number;
  text: string;
}

/**
 * The gender the words around a name mark: a form of address before it ("Mrs", "Frau",
 * "Mme"), a Russian surname ending, or a Russian verb of saying after it ("Анна сказала").
 */
function genderAround(
  run: string,
  prevWord: string,
  name: string,
  after: string,
): Gender | undefined {
  const address = [prevWord, ...run.split(/\s+/u)].map(genderOfTitle).find(Boolean);
  if (address !== undefined) return address;
  const verb = SPEECH_AFTER.exec(after)?.[0].trim().split(/\s+/u).pop();
  return genderOfName(name) ?? (verb === undefined ? undefined : genderOfVerb(verb));
}

const OFFICE_GOES_ON = new RegExp(String.raw`^\s+(?:${words(MERGED.roleJoiners)})\s+\p{Lu}`, 'u');
const NUMBER_BEFORE = /\p{N}\s+$/u;
const NUMBER_AFTER = /^\s+\p{N}/u;

/**
 * What stands before a name, as far back as the patterns that read it look (an office clause,
 * a verb and a few words): the whole paragraph would make every name cost its length.
 */
const BEFORE_WINDOW = 240;
/** A verb of saying and up to three words before a name fit in this many characters. */
const SPEECH_WINDOW = 100;
function textBefore(text: string, index: number, window = BEFORE_WINDOW): string {
  if (index <= window) return text.slice(0, index);
  const from = text.indexOf(' ', index - window);
  return text.slice(from < 0 || from >= index ? index - window : from, index);
}

/**
 * The office as written before the name in its run ("Wali Kota Kediri" in "Wali Kota
 * Malang Budi Santoso"), or the appositive after it ("le maire"); undefined when
 * nothing stands there.
 */
function describeRole(
  run: string,
  name: string,
  appositive: string | undefined,
): string | undefined {
  const at = run.lastIndexOf(name);
  const before = at > 0 ? describeOffice(run.slice(0, at)) : null;
  return (
    before ?? (appositive === undefined ? undefined : (describeOffice(appositive) ?? undefined))
  );
}

/** A verb of saying or "according to" just before a name: the name is who speaks. */
const saidBefore = (before: string, context: NameContext): boolean =>
  (context.lang === 'id' ? SPEECH_BEFORE_ID : SPEECH_BEFORE).test(
    lowerSentenceStarts(textBefore(before, before.length, SPEECH_WINDOW)),
  );

function readCandidates(part: Narrative, context: NameContext): Candidate[] {
  const found: Candidate[] = [];
  // "Koordinator Forum Nelayan Pesisir (FNP) Jawa Tengah Rudi Hartono":
  // an organisation's acronym in brackets inside an office phrase does not end it, so the
  // person at its end is read with the office in front; the acronym stays a word (without
  // its brackets), ending the organisation's name ("Partai Rakyat Maju Sejahtera
  // (PRMS) Dodi Kurniawan").
  const text = part.text.includes('(')
    ? part.text.replace(BRACKETED_ACRONYM, (acronym) => ` ${acronym.slice(1, -1)} `)
    : part.text;
  // The office as readers see it leaves the acronym out ("Ketua Umum Real Estat Indonesia").
  const described = text === part.text ? text : part.text.replace(BRACKETED_ACRONYM, blank);
  for (const match of text.matchAll(NAME_RUN)) {
    const before = textBefore(part.text, match.index);
    const after = part.text.slice(match.index + match[0].length);
    const prevWord = trailingWord(before).toLowerCase();
    // "dari Kompas", "di Jakarta", "pada KMP Sinar Laut" (a ferry): after a source or a
    // place preposition the run is a source, a place or a thing, unless it opens with a body
    // always named next and a person's full name ends it ("dari Fraksi Partai Hijau Rahmat Sulistyo").
    const afterSourceOrPlace = SOURCE_SET.has(prevWord) || LOCATIVE_SET.has(prevWord);
    // "Pasal 12 Ayat (3)", "Peraturan Daerah Nomor 7": a word numbered or after a number
    // is a reference label, not a person (an age stands in brackets or commas after a name).
    if (!match[0].includes(' ') && (NUMBER_BEFORE.test(before) || NUMBER_AFTER.test(after)))
      continue;
    const parsed = nameFromRun(dropRecipient(match[0], prevWord), context);
    if (
      afterSourceOrPlace &&
      (!INSTITUTION_FIRST.test(match[0]) ||
        parsed === null ||
        match[0].startsWith(parsed.name) ||
        !ENDS_AS_FULL_NAME.test(parsed.name))
    )
      continue;
    // "Peraturan Wali Kota Nomor 12": a name of one word with a number after it is a label.
    if (parsed !== null && !parsed.name.includes(' ') && NUMBER_AFTER.test(after)) continue;
    // "Kepala Dinas Pemuda dan Olahraga …": an office whose name goes on after "dan"
    // is not over yet, so its last words are no one's name.
    if (parsed?.titled === true && OFFICE_GOES_ON.test(after)) continue;
    if (parsed === null) {
      // "Menkeu menambahkan …", "Menurut Wapres, …": an office standing for its holder.
      const role = roleOfRun(match[0]);
      if (role !== null && !OBJECT_SET.has(prevWord)) {
        found.push({
          at: position(part.paragraph, part.offset + match.index),
          name: null,
          role,
          signalled: false,
          speaking: SPEECH_AFTER.test(after) || saidBefore(before, context),
          isObject: false,
          ...(isSubjectPosition(before, context.lang) ? { subject: true } : {}),
        });
      }
      continue;
    }
    // "Presiden Joko Widodo (Jokowi)": the name in brackets is another form of the same name.
    const alias = ALIAS_AFTER.exec(after)?.[1];
    // "Jean-Pierre Astruch, le maire": the appositive names the person's office.
    const appositiveRole = ROLE_AFTER.exec(after)?.[1];
    const role =
      parsed.role ?? (appositiveRole === undefined ? undefined : roleKey(appositiveRole));
    const description =
      role === undefined
        ? undefined
        : describeRole(
            described.slice(match.index, match.index + match[0].length),
            parsed.name,
            appositiveRole,
          );
    const atSentenceStart = SENTENCE_START.test(before);
    const single = !parsed.name.includes(' ');
    // "Camat Turi, Bambang Suryono," / "opposition leader, Tom Braithwaite,": a role, then the name.
    const appositive =
      /^\s*,/u.test(after) &&
      (isTitle(TITLED_APPOSITIVE_BEFORE.exec(before)?.[1] ?? '') ||
        isOfficePhrase(TITLED_APPOSITIVE_BEFORE.exec(before)?.[0] ?? '') ||
        isOfficeClause(before) ||
        isTitle(/([\p{L}]+),\s*$/u.exec(before)?.[1] ?? ''));
    // "council leader Sarah Baker", "porte-parole Anne Martin": an office word right before.
    const afterOffice = !single && (isTitle(prevWord) || ROLE_NOUN_SET.has(prevWord));
    // "Алексей Смирнов живёт…": a first name and a surname with a Russian surname ending.
    const surnameShaped = !single && genderOfName(parsed.name) !== undefined;
    const strong =
      parsed.titled || AGE_AFTER.test(after) || appositive || afterOffice || surnameShaped;
    // German capitalises every noun: one capitalised word needs a title or age to be a name.
    const weakAllowed = !(single && context.lang === 'de');
    const speaking =
      ((SPEECH_AFTER.test(after) || APPOSITIVE_SPEECH_AFTER.test(after)) &&
        !RELATIVE_CLAUSE_BEFORE.test(before)) ||
      saidBefore(before, context) ||
      (appositive && ACCORDING_OFFICE_BEFORE.test(before));
    const signalled =
      strong ||
      (!single && APPOSITIVE_AFTER.test(after)) ||
      (weakAllowed && ROLE_AFTER.test(after)) ||
      (weakAllowed && speaking);
    // A lone capitalised word opening a sentence is usually just a capitalised word.
    if (atSentenceStart && !signalled && !match[0].includes(' ')) {
      found.push({
        at: position(part.paragraph, part.offset + match.index),
        name: parsed.name,
        signalled: false,
        isObject: false,
        subject: true,
      });
      continue;
    }
    // Indonesian pronouns ("dia", "-nya") carry no gender, so none is read there.
    const gender =
      context.lang === 'id' ? undefined : genderAround(match[0], prevWord, parsed.name, after);
    found.push({
      at: position(part.paragraph, part.offset + match.index),
      name: parsed.name,
      signalled,
      speaking: speaking && (weakAllowed || strong),
      ...(gender !== undefined ? { gender } : {}),
      // "Pemimpin Program Konservasi untuk Kalimantan Rudi Hartanto mengatakan": the preposition's
      // object is the place, and the name after it, with a verb of saying next, is that
      // verb's subject ("wawancara dengan Radio Suara menyampaikan" keeps the radio an object).
      isObject:
        OBJECT_SET.has(prevWord) &&
        !(
          SPEECH_AFTER.test(after) &&
          !match[0].startsWith(parsed.name) &&
          // "pada KMP Sinar Laut. Ia menyebut": a short word's stop let the run go on into
          // the next sentence, whose verb is someone else's.
          !STOP_INSIDE.test(match[0])
        ),
      // "The council's opposition leader, Tom Braithwaite, called …": an office, then the name.
      ...(appositive || isSubjectPosition(before, context.lang) ? { subject: true } : {}),
      ...(role !== undefined ? { role } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(alias !== undefined ? { alias } : {}),
    });
  }
  return found;
}

/**
 * Nicknames and full names given in so many words: "Cak Imin, yang bernama lengkap Muhaimin
 * Iskandar", "Pria bernama lengkap Ridwan Kamil itu" (the person just named), "Bu Marni,
 * sapaan akrabnya" (the person just named), "yang akrab disapa Emil".
 */
function linkNicknames(
  parts: readonly Narrative[],
  candidates: readonly Candidate[],
  registry: PersonRegistry,
  context: NameContext,
): void {
  const lastPersonBefore = (at: number): Person | undefined => {
    for (let i = candidates.length - 1; i >= 0; i--) {
      const candidate = candidates[i] as Candidate;
      if (candidate.at >= at || candidate.name === null) continue;
      const person = registry.find(candidate.name);
      if (person !== undefined) return person;
    }
    return undefined;
  };
  for (const part of parts) {
    if (!NICKNAME_MARKER.test(part.text)) continue;
    for (const match of part.text.matchAll(NICKNAME)) {
      const at = position(part.paragraph, part.offset + match.index);
      const named = match.groups?.named;
      const alias = match.groups?.alias ?? match.groups?.full ?? match.groups?.alias2;
      if (alias === undefined) continue;
      const aliasName = nameFromRun(alias, context)?.name ?? alias;
      const namedName = named === undefined ? undefined : nameFromRun(named, context)?.name;
      const person =
        (namedName === undefined
          ? undefined
          : (registry.find(namedName) ?? registry.register(namedName))) ?? lastPersonBefore(at);
      if (person !== undefined) registry.addForm(aliasName, person);
    }
  }
}

/**
 * Stands for a full name the text gives no other sign of being a person's ("Casa lui Mihai
 * Ionescu a fost inundată", "Алексей Смирнов живёт…"): a pronoun after it may mean that
 * person, so a cue is not resolved across it to someone named earlier.
 */
export const UNKNOWN: Person = { forms: new Map() };
/** Longest run read as a possible full name; longer runs are offices and bodies. */
const MAX_POSSIBLE_NAME_WORDS = 3;
/**
 * Languages whose spelling capitalises little but names (not German nouns, not Indonesian
 * and English titles of laws, programmes and feasts), so that an unknown run of two or three
 * capitalised words is most likely a person or a place.
 */
const NAMES_ONLY_CAPITALISED: ReadonlySet<string> = new Set(['fr', 'ro', 'ru', 'uk', 'bg']);

function isPossiblePerson(candidate: Candidate, context: NameContext): boolean {
  const words = candidate.name?.split(/\s+/u) ?? [];
  return (
    NAMES_ONLY_CAPITALISED.has(context.lang) &&
    words.length >= 2 &&
    words.length <= MAX_POSSIBLE_NAME_WORDS &&
    isNameLike(words, { ...context, places: context.statedPlaces })
  );
}

const NOT_IN_DESCRIPTION: ReadonlySet<string> = new Set([
  ...MERGED.relativePronouns,
  ...MERGED.prepositions,
  ...MERGED.locativePrepositions,
  ...MERGED.functionWords,
  ...MERGED.auxiliaries,
  ...MERGED.narrativeSpeechVerbs,
  ...MERGED.cueVerbs,
]);

/** "pemilik warung yang ditemui" → "pemilik warung": the description up to its clause. */
function describedNoun(phrase: string): string {
  const words = phrase.split(/\s+/u);
  const end = words.findIndex((word, i) => i > 0 && NOT_IN_DESCRIPTION.has(word.toLowerCase()));
  return (end < 0 ? words : words.slice(0, end)).join(' ');
}

/** Finds people in the narrative and every place each is mentioned. */
export function readMentions(
  parts: readonly Narrative[],
  registry: PersonRegistry,
  context: NameContext,
): Mention[] {
  const candidates = parts.flatMap((part) => readCandidates(part, context));
  for (const candidate of candidates) {
    if (candidate.name === null) continue;
    // Where only names are capitalised, a full name is a person without further signs
    // ("Luc Garnier range ses outils. « … », confie-t-il") — unless it stands as an object.
    const possible = !candidate.isObject && isPossiblePerson(candidate, context);
    if (!candidate.signalled && !possible) continue;
    const person = registry.register(candidate.name);
    if (candidate.gender !== undefined) person.gender ??= candidate.gender;
    if (candidate.role !== undefined) registry.bindRole(candidate.role, person);
    // The first description is the article's introduction of the person: the fullest.
    if (candidate.description !== undefined) person.description ??= candidate.description;
    if (candidate.alias !== undefined) registry.addForm(candidate.alias, person);
  }
  linkNicknames(parts, candidates, registry, context);
  const mentions: Mention[] = [];
  // "Eine Pendlerin aus Hanau sagte, …", "A spokesperson for the company said": a described,
  // unnamed speaker is who a following "sagte sie" / "she said" refers to.
  for (const part of parts) {
    for (const match of describedSubjects(part.text)) {
      const noun = describedNoun(match[1] ?? '');
      const person = registry.register(noun);
      mentions.push({
        at: position(part.paragraph, part.offset + match.index),
        person,
        isObject: false,
        isSpeaking: true,
      });
    }
  }
  for (const candidate of candidates) {
    const person =
      candidate.name === null
        ? registry.findRole(candidate.role ?? '')
        : registry.see(candidate.name, false);
    if (person !== undefined)
      mentions.push({
        at: candidate.at,
        person,
        isObject: candidate.isObject,
        ...(candidate.speaking ? { isSpeaking: true } : {}),
        ...(candidate.subject ? { isSubject: true } : {}),
      });
    else if (isPossiblePerson(candidate, context))
      mentions.push({ at: candidate.at, person: UNKNOWN, isObject: candidate.isObject });
  }
  // "menurut karding": a known person named in lower case after "according to".
  for (const part of parts) {
    for (const match of part.text.matchAll(ACCORDING_LOWER)) {
      const word = match[1] ?? '';
      const person = registry.find(word);
      if (person !== undefined) {
        const offset = match.index + match[0].length - word.length;
        mentions.push({
          at: position(part.paragraph, part.offset + offset),
          person,
          isObject: false,
          isSpeaking: true,
        });
      }
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}
