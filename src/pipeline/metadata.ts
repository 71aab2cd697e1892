// Metadata read from the text's own conventions: dateline prefix, editor tag, derived title.
import { memoize } from './memo.ts';
import { countWords } from './noise.ts';
import { MERGED } from './lexicon/index.ts';
import { alternation, escapeRegex } from './regex.ts';

/** Longest dateline prefix considered (characters before the dash). */
const MAX_DATELINE_PREFIX = 60;
/** Length of a title derived from the lead when the file has no headline. */
const DERIVED_TITLE_CHARS = 90;

export interface Dateline {
  /** The place as written, or undefined for outlet-only prefixes ("TRIBUNWOW.COM -"). */
  place: string | undefined;
  /** Length of the prefix (dash and following spaces included) to cut from the paragraph. */
  length: number;
}

const OUTLET_SET = new Set(MERGED.outlets);
/** Regional editions written as an outlet abbreviation plus a place ("PR DEPOK"): outlet-only. */
const EDITION_PREFIX = new RegExp(
  String.raw`^(?:${alternation(MERGED.editionPrefixes)})\s+\p{L}+$`,
  'iu',
);
// The place may hold hyphens ("CLUJ-NAPOCA"); the separating dash stands apart from it
// ("ALMATY - ", "ALMATY -- ", "ALMATY -"), or is glued only after an outlet's domain
// ("MOSKOW, SATUHARAPAN.COM-Presiden").
const HEAD_CHAR = String.raw`(?:[^\n\-–—:"“”„«]|(?<=\p{L})-(?=\p{L}))`;
const SEPARATOR = String.raw`(?:\s+(?:--|[-–—])(?:\s+|$)|(?:--|[-–—])\s+|(?<=\.\p{L}{2,4})(?:--|[-–—])(?=\p{Lu}))`;
const DATELINE = new RegExp(
  `^(?<head>${HEAD_CHAR}{2,${MAX_DATELINE_PREFIX}}?)\\s*(?:\\((?<agency>[^)]{1,20})\\))?${SEPARATOR}`,
  'u',
);
const PLACE_WORD = /^[\p{Lu}][\p{L}.'’/-]*$/u;
/** "N.M.", "DC", "NY": a state or region qualifying the place before it. */
const REGION_QUALIFIER = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{2}$|^\p{Lu}\p{Ll}{1,4}\.$/u;
/** "KONTAN.CO.ID - JAKARTA. Pemerintah …": a capitalised place after an outlet-only prefix. */
const PLACE_AFTER_OUTLET = /^(\p{Lu}[\p{Lu}\s-]{1,30}?)\.\s+(?=\p{Lu})/u;
/** Words that open sentences, not place names ("Presiden - …" is no dateline). */
const FUNCTION_START = new RegExp(`^(${alternation(MERGED.datelineFalseStarts)})(\\s|$)`, 'iu');
const AGENCY_AFTER_DASH = new RegExp(
  String.raw`^(?:${alternation(MERGED.agencyBylines)})\s*[./]?\s+(?=\p{Lu})`,
  'u',
);

function isOutlet(part: string): boolean {
  const lower = part.toLowerCase();
  return (
    MERGED.outletDomains.some((domain) => domain.test(part)) ||
    OUTLET_SET.has(lower) ||
    EDITION_PREFIX.test(part)
  );
}

/** 1–3 capitalised words and nothing else: the shape of a place name. */
function isPlace(part: string, requireCaps: boolean): boolean {
  const words = part.split(/\s+/);
  if (words.length > 3 || !words.every((word) => PLACE_WORD.test(word))) return false;
  return !requireCaps || part === part.toUpperCase();
}

/** Reads a dateline prefix ("ALMATY - ", "Jakarta, CNN Indonesia -- ", "MOSKOW, SATUHARAPAN.COM-"). */
export const readDateline = memoize(judgeDateline);

function judgeDateline(paragraph: string): Dateline | null {
  // Cheap pre-check: a dateline's dash stands within the first few dozen characters.
  if (!/[-–—]/u.test(paragraph.slice(0, MAX_DATELINE_PREFIX + 12))) return null;
  const match = DATELINE.exec(paragraph);
  if (match === null) return null;
  const head = (match.groups?.head ?? '').trim();
  // "AMSTERDAM, March 3 (Reuters)", "КАЛУГА, 3 мар": the date part is not place or outlet.
  const parts = head
    .split(/\s*,\s*/)
    .filter(
      (part) => part.length > 0 && (isOutlet(part) || !(/\d/u.test(part) && countWords(part) <= 3)),
    )
    .filter((part, i) => i === 0 || !REGION_QUALIFIER.test(part));
  if (parts.length === 0 || parts.length > 2) return null;
  const places = parts.filter((part) => !isOutlet(part));
  let place: string | undefined;
  if (places.length === 0) {
    const after = PLACE_AFTER_OUTLET.exec(paragraph.slice(match[0].length));
    if (after !== null)
      return { place: (after[1] ?? '').trim(), length: match[0].length + after[0].length };
    place = undefined;
  } else if (places.length === 1 && parts.length === 2) {
    // "Jakarta, IDN Times": the one part that is not a known outlet must look like a place;
    // when neither part is known, the multi-word one is the outlet ("Warta Ekonomi, Jakarta").
    const [only] = places;
    if (only === undefined || !isPlace(only, false)) return null;
    place = only;
  } else if (places.length === 2) {
    const [a, b] = places as [string, string];
    const aWords = a.split(/\s+/).length;
    const bWords = b.split(/\s+/).length;
    if (!isPlace(a, false) || !isPlace(b, false) || aWords === bWords) return null;
    place = aWords < bWords ? a : b;
  } else {
    // A lone place without an outlet must be in capitals ("ALMATY -"), or carry an agency
    // credit ("Berlin (dpa) -"), so that ordinary sentences with a dash are not mistaken for one.
    // "Bogor - …" (detik style) is allowed too: one or two capitalised words before a spaced dash.
    const [only] = places;
    const agency = match.groups?.agency;
    const spaced = /\s(?:--|[-–—])(?:\s|$)/u.test(match[0]);
    const shortTitleCase =
      only !== undefined && countWords(only) <= 2 && !FUNCTION_START.test(only);
    if (only === undefined || !isPlace(only, agency === undefined && !(spaced && shortTitleCase))) {
      return null;
    }
    place = only;
  }
  // "КАЛУГА, 3 мар - РИА Новости. Первый …": an agency credit right after the dash.
  const credit = AGENCY_AFTER_DASH.exec(paragraph.slice(match[0].length))?.[0].length ?? 0;
  return { place, length: match[0].length + credit };
}

const EDITOR_TAG_LINE = /^[([]\s*([^()[\]]{1,40}?)\s*[)\]]$/u;
const GLUED_EDITOR_TAG =
  /\s*[([]\s*(\p{Ll}{2,6}\p{N}{0,2}(?:\s*\/\s*[\p{L}\p{N}-]{1,6})*|\p{L}{2,6}\p{N}{0,2}\s*\/\s*[\p{L}\p{N}-]{1,6}(?:\s*\/\s*[\p{L}\p{N}-]{1,6})*)\s*[)\]]$/u;
const EDITOR_LINE = new RegExp(
  String.raw`(?:^|[/|]\s*)(?:${alternation([...MERGED.editorLabels, ...MERGED.editorAbbreviations])})\s*:\s*([^/|]+?)\s*$`,
  'iu',
);
/** "Editor", "editor": the word with its first letter in either case, the rest as written. */
const capitalisable = (word: string): string =>
  `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${escapeRegex(word.slice(1))}`;
/** "Editor Irfan Maulana": the same line without its colon (the name must be capitalised). */
const EDITOR_LINE_NO_COLON = new RegExp(
  String.raw`^(?:${MERGED.editorLabels.map(capitalisable).join('|')})\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$`,
  'u',
);

function isAgency(tag: string): boolean {
  return MERGED.agencyCredits.includes(tag.toLowerCase().trim());
}

/** The editor named by a tag line standing alone: "(min)", "(Sabar Subekti)". */
export function readEditorTagLine(line: string): string | null {
  const match = EDITOR_TAG_LINE.exec(line);
  const tag = match?.[1];
  if (
    tag === undefined ||
    isAgency(tag) ||
    !/\p{L}/u.test(tag) ||
    countWords(tag) > 4 ||
    tag.includes(':')
  ) {
    return null;
  }
  return tag;
}

/** An editor tag glued to the end of a paragraph, "(dis/wis)" or "[abc]", and the text without it. */
export function splitGluedEditorTag(paragraph: string): { text: string; editor: string } | null {
  const match = GLUED_EDITOR_TAG.exec(paragraph);
  const tag = match?.[1];
  if (match === null || tag === undefined || isAgency(tag)) return null;
  const text = paragraph.slice(0, match.index).trimEnd();
  if (text.length === 0) return null;
  return { text, editor: tag.replace(/\s+/g, '') };
}

/** The name in an editor line: "Editor: X", "Editor : X", "Rep: A/ Red: X". */
export function readEditorLine(line: string): string | null {
  const name = (EDITOR_LINE.exec(line)?.[1] ?? EDITOR_LINE_NO_COLON.exec(line)?.[1])?.trim();
  return name !== undefined && name.length > 0 && countWords(name) <= 6 ? name : null;
}

/** A title for a file without a headline: the lead's first sentence, cut at a word boundary. */
export function deriveTitle(lead: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(lead)?.[0] ?? lead;
  if (sentence.length <= DERIVED_TITLE_CHARS) return sentence.replace(/[.]$/u, '');
  const cut = sentence.slice(0, DERIVED_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}
