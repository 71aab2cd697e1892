// Metadata read from the text's own conventions: dateline prefix (dateline.ts), editor tag,
// derived title.
import { countWords } from './noise.ts';
import { MERGED } from './lexicon/index.ts';
import { alternation, escapeRegex } from './regex.ts';

export { readDateline, readStopDateline, type Dateline } from './dateline.ts';

/** Length of a title derived from the lead when the file has no headline. */
const DERIVED_TITLE_CHARS = 90;

const EDITOR_TAG_LINE = /^[([]\s*([^()[\]]{1,40}?)\s*[)\]]\.?$/u;
/** One slash-joined part of a tag: initials, a desk code ("P-3") or a short name ("mezaluna"). */
const TAG_PART = String.raw`[\p{L}\p{N}-]{1,12}`;
// A tag glued to the last paragraph ("… kota.(dis/wis)", "… kata dia [abc]"), sometimes with a
// stray period after it ("… pungkasnya.(adv/el)."): lower-case initials alone, or two or more
// parts joined by slashes, which no sentence writes in brackets ("(rina/BDG)", "(abc/P-3)").
const GLUED_EDITOR_TAG = new RegExp(
  String.raw`\s*[([]\s*(\p{Ll}{2,6}\p{N}{0,2}(?:\s*/\s*${TAG_PART})*|\p{L}{2,12}\p{N}{0,2}(?:\s*/\s*${TAG_PART})+)\s*[)\]]\.?$`,
  'u',
);
// "…,”Pungkasnya. (Pangat)": a capitalised name in brackets after the last sentence has closed.
// Inside a sentence a bracketed name explains the words before it ("Kementerian Kesehatan
// (Kemenkes)."), so the closing punctuation must come first.
const GLUED_NAME_TAG = /(?<=[.!?]["”’»]?)\s*\((\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+){0,2})\)\.?$/u;
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

const NOT_EDITOR_TAGS: ReadonlySet<string> = new Set([
  ...MERGED.agencyCredits,
  ...MERGED.outlets,
  ...MERGED.endMarkers,
]);

/** An agency or outlet credit ("(AFP)", "(Kompas)") or an end marker ("(Bersambung)"). */
function isAgency(tag: string): boolean {
  return NOT_EDITOR_TAGS.has(tag.toLowerCase().trim());
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
  const match = GLUED_EDITOR_TAG.exec(paragraph) ?? GLUED_NAME_TAG.exec(paragraph);
  const tag = match?.[1];
  if (match === null || tag === undefined || isAgency(tag)) return null;
  const text = paragraph.slice(0, match.index).trimEnd();
  if (text.length === 0) return null;
  return { text, editor: tag.replace(/\s*\/\s*/gu, '/') };
}

/** The name in an editor line: "Editor: X", "Editor : X", "Rep: A/ Red: X". */
export function readEditorLine(line: string): string | null {
  // EDITOR_LINE needs a colon; on a line without one it would be tried at every character.
  const labelled = line.includes(':') ? EDITOR_LINE.exec(line)?.[1] : undefined;
  const name = (labelled ?? EDITOR_LINE_NO_COLON.exec(line)?.[1])?.trim();
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

/** A byline is a short line: the label, a name, perhaps the outlet or a date. */
const MAX_BYLINE_WORDS = 12;
/** A writer's name on a byline: two to four words. One word is a desk or a brand ("SportDesk"). */
const MIN_AUTHOR_WORDS = 2;
const MAX_AUTHOR_WORDS = 4;
const AUTHOR_LINE = new RegExp(
  String.raw`^(?:${alternation(MERGED.authorLabels)})\s*:?\s+(.+)$`,
  'iu',
);
/** Where the name ends: the outlet, a date or a second writer after a separator. */
const AFTER_NAME = /\s+[-–—|•·]\s+|\s*[,;/(]|\s+\d/u;
/**
 * A word of a name: capitalised, no capital inside (names glued by a scraper,
 * "SaktiNugroho", are two names run together and cannot be split with certainty), or an
 * initial ("M.", "R").
 */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.?)$/u;

/**
 * The writer a byline names ("Penulis: Dewi Lestari Putri", "By Harriet Cole", "Von Anna
 * Berger"), or null when the line is no byline or its name is not clearly a name.
 */
export function readAuthorLine(line: string): string | null {
  if (countWords(line) > MAX_BYLINE_WORDS) return null;
  const rest = AUTHOR_LINE.exec(line.trim())?.[1];
  if (rest === undefined) return null;
  const name = rest.split(AFTER_NAME)[0]?.trim() ?? '';
  const words = name.split(/\s+/u);
  if (words.length < MIN_AUTHOR_WORDS || words.length > MAX_AUTHOR_WORDS) return null;
  return words.every((word) => NAME_WORD.test(word)) ? name : null;
}
