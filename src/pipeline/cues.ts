// Reading the attribution written next to a quotation: "…," kata Tokayev / "…," paparnya /
// "…," Johnson told / „…“, so Fleiß / Menurut Ganjar, "…" / bunyi pernyataan tersebut.
import { genderOfPronoun, genderOfVerb, type Gender } from './gender.ts';
import { countWords } from './noise.ts';
import { alternation, escapeRegex, lowerSentenceStarts } from './regex.ts';
import { MERGED } from './lexicon/index.ts';
import {
  NAME_RUN,
  dropRecipient,
  endsWithDemonstrative,
  isInstitution,
  isTitle,
  nameFromRun,
  roleOfRun,
  type NameContext,
} from './names.ts';

/** What the text next to a quote says about its speaker. */
export type Cue =
  | { type: 'name'; name: string; role?: string; gender?: Gender }
  | { type: 'pronoun'; gender?: Gender }
  | { type: 'role'; phrase: string }
  | { type: 'anonymous'; phrase: string }
  | { type: 'statement'; issuer?: string }
  /**
   * One capitalised word where a name stands that the lexicon does not take for a name alone
   * (a place: "kata Bima"; a common word: "kata Hari"): the speaker only if the article gives
   * someone a full name with it ("Bima Santosa", "Dimas Hari Pratama").
   */
  | { type: 'short-name'; name: string };

/** How many words after a cue verb a name may start ("заявил пресс-секретарь президента Дмитрий Песков"). */
const MAX_WORDS_BEFORE_NAME = 6;
/** Longest role phrase kept ("le maire", "the official"). */
const MAX_ROLE_WORDS = 3;

// A cue word ends at a non-letter, but not at a hyphen ("so-called" is not German "so"),
// except for French inversion ("confie-t-il").
const NOT_LETTER = String.raw`(?![\p{L}\p{N}]|-(?!t-|${alternation(MERGED.invertedPronouns)}))`;
// Stray extra marks after the closing mark ("…kepastian,"" tegasnya) do not hide the cue.
const LEAD = String.raw`^[\s,.;:"“”„«»'‘’]*(?:[-–—]+\s*)?`;
const ACCORDING_ROLE_NAME_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(MERGED.accordingTo)})\s+(?:[^.!?"“„«]{0,80}?,\s*|(?:[\p{Ll}-]+\s+){1,3})(?<name>${NAME_RUN.source})\s*,$`,
  'u',
);
/** A run of capitalised words at the start of a text (built once, not per cue). */
const NAME_RUN_AT_START = new RegExp(`^(?:${NAME_RUN.source})`, 'u');
const ISSUER_AFTER = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+){0,2}(${NAME_RUN.source})`, 'u');
const DASH_VERB_AFTER = new RegExp(
  String.raw`^[\s,.]*[–—-]\s*(?<verb>\p{Ll}+)\s+(?<who>(?:${alternation(MERGED.pronouns)})(?![\p{L}])|${NAME_RUN.source})`,
  'u',
);
// "Maryati bercerita: "…"": before a colon, any verb after a name or pronoun introduces the quote.
const NAME_ANY_VERB_COLON = new RegExp(
  String.raw`(?<subject>${NAME_RUN.source}|(?:^|\s)(?:${alternation(MERGED.pronouns)}))\s+\p{Ll}+\s*:$`,
  'u',
);
const SUBJECT_SENTENCE_COLON = new RegExp(
  String.raw`(?:^|[.!?]["”’»]?\s+)(?<subject>${NAME_RUN.source})(?:\s+\p{Ll}|\s*,)[^.!?"“”„«»]{0,160}:$`,
  'u',
);
const APPOSITIVE_NAME = new RegExp(String.raw`,\s*(?<name>${NAME_RUN.source})\s*,`, 'u');
const INVERTED_PRONOUN = new RegExp(
  String.raw`^-(?:t-)?(${alternation(MERGED.invertedPronouns)})(?![\p{L}])`,
  'iu',
);
// "a-t-il promis", "ont-ils expliqué": French inversion around an auxiliary.
const INVERTED_AUXILIARY = new RegExp(
  String.raw`${LEAD}(?:${alternation(MERGED.invertedAuxiliaries)})-(?:t-)?(?:${alternation(MERGED.invertedPronouns)})\s+\p{L}+`,
  'iu',
);
const VERB_AFTER = new RegExp(
  `${LEAD}(?:${alternation(MERGED.cueVerbs)})(?<nya>nya)?${NOT_LETTER}`,
  'iu',
);
const STATEMENT_AFTER = new RegExp(
  `${LEAD}(?:${alternation(MERGED.statementCues)})${NOT_LETTER}`,
  'iu',
);
const ANY_VERB = alternation([...MERGED.cueVerbs, ...MERGED.narrativeSpeechVerbs]);
// "…," Johnson told / "…," incident commander Lisa Romero told: lower-case role words may
// stand before the name.
const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`${LEAD}(?:[\p{Ll}-]+\s+){0,3}?(?<subject>(?:${NAME_RUN.source})|${alternation(MERGED.pronouns)})\s+(?:\p{Ll}+\s+)?(?:${ANY_VERB})${NOT_LETTER}`,
  'u',
);
// "« … » Le commandant Paul Vernet, qui dirige les secours, détaille": the
// next sentence's subject, with a clause between it and its verb of saying.
const SUBJECT_INCISE_VERB_AFTER = new RegExp(
  String.raw`${LEAD}(?:[\p{L}-]+\s+){0,3}?(?<subject>${NAME_RUN.source})\s*,[^.!?"“”„«»]{1,160},\s*(?:${ANY_VERB})${NOT_LETTER}`,
  'u',
);
const VERB_NYA_BEFORE = new RegExp(
  String.raw`(?:${alternation(MERGED.cueVerbs)})nya\s*[,:]?$`,
  'iu',
);
// Case-sensitive so that the name really is capitalised; the verb is matched on text whose
// sentence-initial capital was lowered ("Menurut Ganjar," → "menurut Ganjar,").
const VERB_NAME_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:${alternation([...MERGED.cueVerbs, ...MERGED.accordingTo])})\s+(?<name>${NAME_RUN.source})\s*[,:]$`,
  'u',
);
// "Ellen de Wit told broadcaster NOS:": the words after "told" are the listener.
const NAME_TOLD_BEFORE = new RegExp(
  String.raw`(?<subject>${NAME_RUN.source})\s+(?:${alternation(MERGED.tellVerbs)})\s+[^,.;:!?"“„«]{1,40}:$`,
  'u',
);
// "A spokesperson for the company said:", "Ein Student neben ihr antwortete:": a described speaker.
const DESCRIBED_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]\s+|,\s+)(?:${alternation(MERGED.indefinites)})\s+(?<head>[\p{L}-]+)(?:\s+[^,.;:!?"“„«]{0,40})?\s+(?:${ANY_VERB})\s*[,:]$`,
  'iu',
);
const NAME_VERB_BEFORE = new RegExp(
  String.raw`(?<subject>(?:${NAME_RUN.source})|(?:^|\s)(?:${alternation(MERGED.pronouns)}))\s+(?:\p{Ll}+\s+)?(?:${ANY_VERB})\s*[,:]$`,
  'u',
);
// "…," a reporter asked Hale / "…," the volunteers said: a described speaker after the quote.
const DESCRIBED_AFTER = new RegExp(
  String.raw`${LEAD}(?:${alternation(MERGED.describedSpeakerOpeners)})\s+(?:\p{Ll}+\s+){0,2}?(?<noun>\p{Ll}[\p{Ll}-]+)\s+(?:${ANY_VERB})(?![\p{L}])`,
  'u',
);
/** Words that continue a clause (place, time), so what follows a comma is not an appositive. */
const CLAUSE_WORDS = new RegExp(String.raw`(?:^|\s)(${alternation(MERGED.clauseWords)})\s`, 'iu');
/** A role phrase before ", Name" is at most this long. */
const MAX_ROLE_PHRASE_WORDS = 9;
const DETERMINER = new RegExp(String.raw`^(${alternation(MERGED.rolePhraseDeterminers)})\s*`, 'iu');
/** "sagte ein Bahnsprecher", "said a spokesperson": an unnamed, described speaker. */
const INDEFINITE_PHRASE = new RegExp(
  String.raw`^(?:${alternation(MERGED.indefiniteSpeakerArticles)})\s+(\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)`,
  'iu',
);
const FUNCTION_WORD_SET: ReadonlySet<string> = new Set([
  ...MERGED.prepositions,
  ...MERGED.functionWords,
  ...MERGED.relativePronouns,
]);
const VERB_SET: ReadonlySet<string> = new Set([
  ...MERGED.cueVerbs,
  ...MERGED.narrativeSpeechVerbs,
  ...MERGED.auxiliaries,
]);
const isVerbLike = (word: string): boolean => VERB_SET.has(word.toLowerCase());
/** "penggiat antikorupsi" stays whole; "spokesperson for" loses the preposition. */
function describedHead(phrase: string): string {
  const [head = phrase, modifier] = phrase.split(/\s+/u);
  return modifier === undefined ||
    FUNCTION_WORD_SET.has(modifier.toLowerCase()) ||
    isVerbLike(modifier)
    ? head
    : `${head} ${modifier}`;
}
/** Prepositions a role phrase does not end with ("petugas di" → "petugas"). */
const TRAILING_PREPOSITION = new RegExp(
  String.raw`\s+(${alternation(MERGED.rolePhraseEndPrepositions)})$`,
  'iu',
);
const PRONOUN_SET: ReadonlySet<string> = new Set(MERGED.pronouns);

/** A pronoun cue, with the gender the pronoun marks ("she", "elle", "она"). */
function pronounCue(word: string): Cue {
  const gender = genderOfPronoun(word);
  return gender === undefined ? { type: 'pronoun' } : { type: 'pronoun', gender };
}

/**
 * The cue with the gender a verb of saying agrees with added ("сказала Анна", "сказала
 * она"), when the cue has none of its own.
 */
function withVerbGender(cue: Cue | null, verb: string): Cue | null {
  const gender = genderOfVerb(verb.trim().split(/\s+/u).pop() ?? '');
  if (cue === null || gender === undefined) return cue;
  if ((cue.type === 'pronoun' || cue.type === 'name') && cue.gender === undefined)
    return { ...cue, gender };
  return cue;
}

function cueFromName(run: string, context: NameContext): Cue | null {
  const trimmed = run.trim();
  if (PRONOUN_SET.has(trimmed.toLowerCase())) return pronounCue(trimmed);
  const found = nameFromRun(trimmed, context);
  if (found === null) {
    // "kata Menkes", "ujar Kapolri": an office alone, resolved to whoever holds it.
    const role = roleOfRun(trimmed);
    if (role !== null) return { type: 'role', phrase: role };
    // "kata Polda Metro Jaya", "ujar KPK": an institution speaks for itself.
    const institution = trimmed.replace(/[.,]+$/u, '');
    return isInstitution(institution) ? { type: 'anonymous', phrase: institution } : null;
  }
  return found.role === undefined
    ? { type: 'name', name: found.name }
    : { type: 'name', name: found.name, role: found.role };
}

/** Lower-case words that join the parts of an office's name ("Dinas Pemuda dan Olahraga"). */
const ROLE_JOINERS = new RegExp(`^(?:${alternation(MERGED.roleJoiners)})$`, 'u');

/**
 * The person at the end of a long office phrase after a cue verb: "kata Direktur Jenderal
 * Bina Marga Kementerian Pekerjaan Umum (PU) Hendra Wijaya", "ujar Kepala Humas Stasiun 2
 * Bandung Rina Lestari", "said council adviser Tom Walsh". News style puts the
 * office first and the name last, so the phrase runs over capitalised words, acronyms in
 * brackets, numbers, lower-case titles ("dr") and joiners, and ends at the first other
 * lower-case word ("yang", "di", "of", "lors"); its last run that is a valid name is the
 * speaker. Null when the phrase holds a single run (the caller reads that one).
 */
function lastNameInRole(words: readonly string[], context: NameContext): Cue | null {
  let end = 0;
  // Inside brackets of several words ("PT Angkutan Rel Nusantara (ARN Commuter) Dewi …"): the phrase goes on past the ")".
  let inBrackets = false;
  while (end < words.length) {
    const word = words[end] ?? '';
    const core = word.replace(/^[(]+|[),.;:]+$/gu, '');
    const next = words[end + 1] ?? '';
    const inPhrase =
      /^[\p{Lu}\p{N}@(]/u.test(word) ||
      /\p{N}/u.test(core) ||
      isTitle(core) ||
      (ROLE_JOINERS.test(core) && /^[\p{Lu}(]/u.test(next));
    if (!inPhrase) break;
    end++;
    const closes = inBrackets && /\)[,.;:]?$/u.test(word);
    if (word.startsWith('(') && !word.includes(')')) inBrackets = true;
    if (closes) {
      inBrackets = false;
      if (/\)$/u.test(word)) continue;
    }
    if (/[,.;:)]$/u.test(word) && !/^\(.*\)$/u.test(word)) break;
  }
  const runs = [...words.slice(0, end).join(' ').matchAll(NAME_RUN)].map((match) => match[0]);
  if (runs.length < 2) return null;
  for (let i = runs.length - 1; i > 0; i--) {
    const cue = cueFromName(runs[i] ?? '', context);
    if (cue?.type === 'name') return cue;
  }
  return null;
}

/**
 * "kata Camat Sukamaju, Kabupaten Bekasi, Rudi Hartanto, Sabtu (…)", "kata Kepala
 * Bagian Humas, Rumah Sakit Umum Daerah Dr Wahidin, Yoga Pratama": an office, then its body or place, then
 * the person, each between commas. The last segment wholly a full name (two words or more)
 * before the clause goes on is the speaker; null when there is none after the second.
 */
function lastNamedSegment(segments: readonly string[], context: NameContext): Cue | null {
  let found: Cue | null = null;
  for (let i = 1; i < segments.length; i++) {
    const segment = (segments[i] ?? '').trim().replace(/\s*\([^)]*\)$/u, '');
    const run = NAME_RUN_AT_START.exec(segment)?.[0];
    if (run === undefined || run !== segment) break;
    const cue = cueFromName(run, context);
    if (cue?.type === 'name' && cue.name.includes(' ') && i > 1) found = cue;
  }
  return found;
}

/** The speaker phrase after a cue verb: a name, a pronoun, a role or an anonymous source. */
function readSpeakerPhrase(rest: string, context: NameContext): Cue | null {
  const inverted = INVERTED_PRONOUN.exec(rest)?.[1];
  if (inverted !== undefined) return pronounCue(inverted);
  const clause = rest.replace(/^\s+/u, '').split(/[.!?;](?:\s|$)/u)[0] ?? '';
  const segments = clause.split(/\s*,\s*/u);
  const first = segments[0] ?? '';
  const lower = first.toLowerCase();
  const firstWord = lower.split(/\s+/u)[0] ?? '';
  if (PRONOUN_SET.has(firstWord)) return pronounCue(firstWord);
  // "Kasie Kedaruratan … BPBD Kota Batu, Achmad Choirur Rochim", "anggota Bawaslu Jateng,
  // Listyowati Hapsari", "l'adjoint au maire …, Karim Haddad", "salah satu pengemudi, Dedi
  // (38)": a role or description, then the name, which wins.
  const second = segments[1];
  // …but not "kata Menkes di kantornya, Jakarta": a clause went on after the role.
  const opensWithOffice =
    isTitle(firstWord) || MERGED.roleNouns.some((noun) => lower.startsWith(`${noun} `));
  const roleFirst = (opensWithOffice || /^\p{Ll}/u.test(first)) && !CLAUSE_WORDS.test(first);
  if (roleFirst && second !== undefined && countWords(first) <= MAX_ROLE_PHRASE_WORDS) {
    const later = lastNamedSegment(segments, context);
    if (later !== null) return later;
    const run = NAME_RUN_AT_START.exec(second)?.[0];
    // A one-word name counts when it ends the clause ("koordinator warga, Suharjono.",
    // "pengemudi, Dedi (38)").
    const endsClause =
      run !== undefined &&
      new RegExp(`^${escapeRegex(run)}(?:\\s*\\(\\d{1,3}\\))?$`, 'u').test(second.trim());
    if (run !== undefined && (run.includes(' ') || opensWithOffice || endsClause)) {
      const cue = cueFromName(run, context);
      if (cue !== null) return cue;
    }
  }
  const described = INDEFINITE_PHRASE.exec(first)?.[1];
  if (described !== undefined) return { type: 'anonymous', phrase: describedHead(described) };
  const anonymous = MERGED.anonymousSpeakers.find(
    (phrase) => lower === phrase || lower.startsWith(`${phrase} `),
  );
  if (anonymous !== undefined)
    return { type: 'anonymous', phrase: first.slice(0, anonymous.length) };
  // "ucap Direktur Gizi … kementerian itu", "kata mantan Bupati Sleman itu": a
  // demonstrative makes the whole phrase point back to someone already named.
  if (endsWithDemonstrative(first) && countWords(first) >= 2)
    return { type: 'role', phrase: first };
  const role = MERGED.roleNouns.find((noun) => noun.includes(' ') && lower.startsWith(noun));
  if (role !== undefined && !/^\S+\s+\S+\s+\p{Lu}/u.test(first)) {
    return { type: 'role', phrase: first.slice(0, role.length) };
  }
  const words = first.split(/\s+/u);
  for (let i = 0; i < Math.min(words.length, MAX_WORDS_BEFORE_NAME + 1); i++) {
    if (/^[\p{Lu}@]/u.test(words[i] ?? '')) {
      const run = NAME_RUN_AT_START.exec(words.slice(i).join(' '))?.[0];
      if (run === undefined) return null;
      // "so der Schweizer", "said the Democrat": an article makes a lone capitalised word a
      // description pointing back (German capitalises every noun), not a name.
      if (i > 0 && !run.includes(' ') && DETERMINER.test(`${words[i - 1] ?? ''} `))
        return { type: 'role', phrase: `${words[i - 1] ?? ''} ${run}`.replace(/[.,]+$/u, '') };
      const cue = cueFromName(dropRecipient(run, words[i - 1] ?? ''), context);
      return lastNameInRole(words.slice(i), context) ?? cue;
    }
  }
  if (first.length === 0 || !/^\p{Ll}/u.test(first)) return null;
  const phrase = words.slice(0, DETERMINER.test(first) ? MAX_ROLE_WORDS : 1).join(' ');
  return {
    type: 'role',
    phrase: phrase.replace(TRAILING_PREPOSITION, ''),
  };
}

/** The attribution right after a quote's closing mark, if any. */
/** One capitalised word of letters ending the clause after a cue verb ("kata Bima."). */
const SHORT_NAME_AFTER = /^\s*(\p{Lu}[\p{Ll}\p{M}'’-]+)\s*(?:[.,;]|$)/u;

export function readCueAfter(after: string, context: NameContext): Cue | null {
  if (INVERTED_AUXILIARY.test(after)) return { type: 'pronoun' };
  const statement = STATEMENT_AFTER.exec(after);
  if (statement !== null) {
    // "bunyi keterangan resmi KPK", "demikian pernyataan Bank Indonesia": the issuer follows.
    const issuer = ISSUER_AFTER.exec(after.slice(statement[0].length))?.[1]?.replace(/[.,]+$/u, '');
    return issuer === undefined ? { type: 'statement' } : { type: 'statement', issuer };
  }
  const verb = VERB_AFTER.exec(after);
  if (verb !== null) {
    if (verb.groups?.nya !== undefined) return { type: 'pronoun' };
    const rest = after.slice(verb[0].length);
    const cue = readSpeakerPhrase(rest, context);
    if (cue !== null) return withVerbGender(cue, verb[0]);
    const word = SHORT_NAME_AFTER.exec(rest)?.[1];
    return word === undefined ? null : { type: 'short-name', name: word };
  }
  const subject =
    SUBJECT_VERB_AFTER.exec(after)?.groups?.subject ??
    SUBJECT_INCISE_VERB_AFTER.exec(after)?.groups?.subject;
  if (subject !== undefined) return cueFromName(subject, context);
  const described = DESCRIBED_AFTER.exec(after)?.groups?.noun;
  if (described !== undefined) return { type: 'anonymous', phrase: described };
  // Russian: «…», — улыбается она / — рассказала Лилия Ахметова: after the dash any verb.
  const dashed = DASH_VERB_AFTER.exec(after)?.groups;
  if (dashed?.who === undefined) return null;
  return withVerbGender(cueFromName(dashed.who, context), dashed.verb ?? '');
}

/** The attribution right before a quote's opening mark ("kata Jokowi, …", "He said: …"). */
export function readCueBefore(before: string, context: NameContext): Cue | null {
  const tail = before.trimEnd().slice(-120);
  if (!/[,:]$/u.test(tail)) return null;
  if (VERB_NYA_BEFORE.test(tail)) return { type: 'pronoun' };
  // "Menurut Kepala Pelaksana BPBD Lumajang, Wahyu Hidayat, "…"": the name closing the clause.
  const according = ACCORDING_ROLE_NAME_BEFORE.exec(lowerSentenceStarts(tail))?.groups?.name;
  if (according !== undefined) return cueFromName(according, context);
  const told = NAME_TOLD_BEFORE.exec(tail)?.groups?.subject;
  if (told !== undefined) return cueFromName(told, context);
  const named = VERB_NAME_BEFORE.exec(lowerSentenceStarts(tail))?.groups?.name;
  if (named !== undefined) return cueFromName(named, context);
  const subject = NAME_VERB_BEFORE.exec(tail)?.groups?.subject;
  if (subject !== undefined) return cueFromName(subject, context);
  const colon = NAME_ANY_VERB_COLON.exec(tail)?.groups?.subject;
  if (colon !== undefined) return cueFromName(colon.trim(), context);
  const described = DESCRIBED_BEFORE.exec(tail)?.groups?.head;
  if (described !== undefined) return { type: 'anonymous', phrase: described };
  // "Bundestrainer Jan Hofer zieht eine klare Bilanz: „…“", "Ionescu a explicat motivul
  // deciziei: „…”": a sentence whose subject is a person and which
  // ends in a colon introduces that person's words.
  const framed = SUBJECT_SENTENCE_COLON.exec(before.trimEnd())?.groups?.subject;
  // An article opens a noun phrase, not a name ("Die Inhalte … worden:"), and German
  // capitalises every noun, so there a lone capitalised word is no sign of a person.
  if (framed === undefined || DETERMINER.test(`${framed} `)) return null;
  if (context.lang === 'de' && !framed.includes(' ')) return null;
  // "Primarul municipiului Cluj-Napoca, Ion Popescu, a declarat:": an office opens the
  // sentence, and the name between commas is the person.
  const sentence =
    before
      .trimEnd()
      .split(/[.!?]["”’»]?\s+/u)
      .pop() ?? '';
  const appositive = APPOSITIVE_NAME.exec(sentence)?.groups?.name;
  const cue = cueFromName(appositive ?? framed, context);
  return cue?.type === 'name' ? cue : null;
}
