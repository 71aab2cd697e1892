// Line-level classification of scrape noise: site chrome, related links, bylines, captions.
import { isDateLine } from './dates.ts';
import { memoize } from './memo.ts';
import { MERGED } from './lexicon/index.ts';
import { anyOf } from './regex.ts';

/** Longest line (in words) that counts as a short menu/label line when it lacks sentence punctuation. */
const MAX_LABEL_WORDS = 3;
/** A related link's headline is at most this long. */
const MAX_LINK_WORDS = 25;
/** A credit line ("mit Material von dpa, bearbeitet") is at most this long. */
const MAX_CREDIT_WORDS = 10;
/** Lines longer than this are never treated as promo/credit chrome by phrase. */
const MAX_PHRASE_CHROME_WORDS = 30;

const CHROME_LINE_SET = new Set(MERGED.chromeLines);
const TRAILING_HEADING_SET = new Set(MERGED.trailingSectionHeadings);
/** Openings that make a line chrome (bylines, credits, "Follow us"); related links apart. */
const CHROME_PREFIXES = MERGED.chromePrefixes;
/** A related link's opening set off from the linked headline by a colon, bar or arrow… */
const LINK_SEPARATED = /[:|»›>]\s*$/u;
/** …or followed by one, or standing alone. */
const LINK_REST = /^\s*(?:[:|»›>–—-]|$)/u;
// German and Russian close quotations with “ (after „) and « (after »), as the others with ”.
const TERMINAL = /[.!?…:;"”“»«’)\]]$/u;
/** A sentence's end: its punctuation, perhaps inside a closing quotation mark or bracket. */
export const SENTENCE_END = /[.!?]["”“’»«)]?$/u;
const BULLET = /^[-–•·*▪►]\s+/u;
const QUOTE_MARK = /["“”„«»‘’]/u;
const BRACKETED = /^\((?:[^()]*)\)$|^\[(?:[^[\]]*)\]$/u;

const STOP = /^[\s.:!?…]$/u;

/** The line reduced for lookup in the chrome tables: lower case, no trailing punctuation or dots. */
function bareLine(line: string): string {
  const lower = line.toLowerCase();
  // The stops are cut reading back from the end (as `/[\s.:!?…]+$/u` would cut them, but
  // without trying that pattern at every space of the line).
  let end = lower.length;
  while (end > 0 && STOP.test(lower[end - 1] ?? '')) end--;
  return lower.slice(0, end).replace(/^[\s•\-–]+/u, '');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in the text (letters and digits, with inner apostrophes and hyphens). */
export const countWords = memoize(countWordsOnce);

function countWordsOnce(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** True when the line ends like a sentence or a quotation (prose, not a label). */
export function hasTerminalPunctuation(line: string): boolean {
  return TERMINAL.test(line);
}

/** Text-size buttons ("A"), counters ("1"), lone symbols: too short to be prose. */
function isFragment(line: string): boolean {
  return line.length <= 2 || /^[\p{N}\p{P}\p{S}\s]+$/u.test(line);
}

/** A short line without sentence punctuation: a menu item, section name, author name or label. */
export function isLabelLine(line: string): boolean {
  return (
    countWords(line) <= MAX_LABEL_WORDS && !hasTerminalPunctuation(line) && !QUOTE_MARK.test(line)
  );
}

/** A photo caption or credit line. */
export function isCaptionLine(line: string, title: string): boolean {
  if (isTitleCaption(line, title)) return true;
  return countWords(line) <= 60 && HAS_CAPTION_MARKER(line);
}

/** The headline with a caption glued on ("…di Pasar BaruPetugas memeriksa …"). */
function isTitleCaption(line: string, title: string): boolean {
  return title.length > 0 && line !== title && line.startsWith(title);
}

/** A bulleted link in a list of other headlines ("- Surat Terbuka …", "• Sebut …"). */
export function isBulletLink(line: string): boolean {
  return BULLET.test(line) && (!/[.!?]["”»]?$/u.test(line) || isDateLine(line.replace(BULLET, '')));
}

/** A byline, editor or credit line. */
export function isBylineLine(line: string): boolean {
  return IS_BYLINE(line);
}

/**
 * A link to another story ("Baca juga: …", "Mehr zum Thema", "Citește și: …"). The opening
 * words alone do not make one: a link is set off by a colon or a bar, or is a headline (no
 * sentence's end); "Read more about the plans in the minutes, published every Thursday." is a
 * sentence of the article that happens to start with them.
 */
export function isRelatedLink(line: string): boolean {
  const bare = unbracket(line);
  return MERGED.relatedLinkPrefixes.some((pattern) => {
    const match = pattern.exec(bare);
    if (match === null) return false;
    const rest = bare.slice(match[0].length);
    return LINK_SEPARATED.test(match[0]) || LINK_REST.test(rest) || !SENTENCE_END.test(rest);
  });
}

/**
 * The line without the brackets some sites set a whole inserted link in ("(Baca Juga: …)",
 * "[Read more: …]"): the bracket marks the insertion, the words inside are the link's.
 */
function unbracket(line: string): string {
  return BRACKETED.test(line) ? line.slice(1, -1).trim() : line;
}

/** A short line shaped like a headline: no sentence punctuation at the end. */
export function isHeadlineShaped(line: string): boolean {
  const words = countWords(line);
  return words > 0 && words <= MAX_LINK_WORDS && !/[.!?…:;,"”“»«]$/u.test(line);
}

/** A line that is site chrome wherever it appears (asked of most lines several times). */
export const isChromeLine = memoize(judgeChrome);

const HAS_CAPTION_MARKER = anyOf(MERGED.captionMarkers);
const IS_BYLINE = anyOf(MERGED.bylineLines);
const IS_WIDGET = anyOf(MERGED.widgetLines);
const HAS_CHROME_PREFIX = anyOf(CHROME_PREFIXES);
const IS_CREDIT = anyOf(MERGED.creditLines);
const HAS_CHROME_PHRASE = anyOf(MERGED.chromePhrases);

function judgeChrome(line: string): boolean {
  const bare = bareLine(line);
  if (isFragment(line) || CHROME_LINE_SET.has(bare)) return true;
  if (IS_WIDGET(line)) return true;
  const bareLink = unbracket(line);
  if (isRelatedLink(line) || HAS_CHROME_PREFIX(bareLink)) return true;
  if (countWords(line) <= MAX_CREDIT_WORDS && IS_CREDIT(line)) {
    return true;
  }
  return countWords(line) <= MAX_PHRASE_CHROME_WORDS && HAS_CHROME_PHRASE(line);
}

/** A heading after which the rest of the page lists other stories. */
export function isTrailingSectionHeading(line: string): boolean {
  return TRAILING_HEADING_SET.has(bareLine(line));
}

/** Any kind of noise a body line can be, judged on the line alone (and the headline). */
export function isNoiseLine(line: string, title: string): boolean {
  // Only the headline glued to a caption depends on the headline; the rest is asked once per line.
  return isTitleCaption(line, title) || isNoiseAlone(line);
}

const isNoiseAlone = memoize(
  (line: string): boolean =>
    isChromeLine(line) ||
    isDateLine(line) ||
    isBulletLink(line) ||
    isCaptionLine(line, '') ||
    isLabelLine(line),
);
