// Document structure: where the headline is, where the body starts and ends, and which
// lines in between are noise. Works on lines only; paragraph text is cleaned later.
import { isDateLine } from './dates.ts';
import { readDateline, readEditorLine, readEditorTagLine, type Dateline } from './metadata.ts';
import {
  countWords,
  hasTerminalPunctuation,
  isBulletLink,
  isBylineLine,
  isCaptionLine,
  isChromeLine,
  isLabelLine,
  isHeadlineShaped,
  isNoiseLine,
  isRelatedLink,
  isTrailingSectionHeading,
} from './noise.ts';
import { lineKey } from './normalise.ts';

/** How far down the file a headline is looked for when chrome comes first. */
const TITLE_SEARCH_LINES = 15;
/** Headlines have at least this many words; shorter first lines are usually site chrome. */
const MIN_HEADLINE_WORDS = 4;
/** A headline longer than this is a paragraph. */
const MAX_TITLE_WORDS = 40;
/** How far below the headline a dateline paragraph is looked for. */
const DATELINE_SEARCH_LINES = 12;
/** How far below the headline header matter (dek, byline, caption) can reach. */
const HEADER_SEARCH_LINES = 9;
/** Lines of prose (a dek/standfirst) allowed before the last header marker. */
const MAX_DEK_LINES = 2;
/** A bare "more stories" heading ("Baca juga:", "Mehr zum Thema") has at most this many words. */
const MAX_HEADING_WORDS = 4;
/** Lines (chrome, teasers, repeats) allowed after the editor tag at the end of a file. */
const MAX_LINES_AFTER_TAG = 40;
/** A sentence has at least this many words (subheadings sit between sentences). */
const MIN_SENTENCE_WORDS = 5;
/** A line of at least this many words ending like a sentence is prose. */
const MIN_PROSE_WORDS = 12;
/** A dek longer than this is body text. */
const MAX_DEK_WORDS = 60;

export interface Structure {
  /** The headline, or null when the file has none. */
  title: string | null;
  /** Body lines in order, repeats not yet removed. */
  body: string[];
  /** Dateline read from the first body line (already cut from it) or from a dateline line. */
  dateline: Dateline | null;
  /** Lines between the headline and the body: dek, byline, date line, caption. */
  header: string[];
  /** Lines above the headline: site chrome, sometimes the article's date line. */
  preTitle: string[];
  /** Editor from a trailing tag line ("(min)"). */
  editor: string | null;
  /** Editor named by an editor line ("Editor: X", "Red: X"), used when there is no tag. */
  editorLine: string | null;
  /** Every line judged noise, in order. */
  noise: string[];
}

function isHeadline(line: string, first: boolean): boolean {
  const words = countWords(line);
  if (words === 0 || words > MAX_TITLE_WORDS || isChromeLine(line) || isDateLine(line))
    return false;
  if (readDateline(line) !== null) return false;
  // Two sentences or more are prose (a lead, a cookie notice), never a headline.
  if ((line.match(/[.!?]["”’»)]?\s+\p{Lu}/gu)?.length ?? 0) >= 1) return false;
  if (first) return words >= 2 && !isBylineLine(line);
  return words >= 4 && !/[.]$/u.test(line) && !isBylineLine(line) && !isCaptionLine(line, '');
}

function findTitle(lines: readonly string[]): number {
  const first = lines[0];
  // A first line of two or three words is more often a brand or section name ("Kompas TV")
  // than a headline: take it only when no proper headline follows.
  if (first !== undefined && isHeadline(first, true) && countWords(first) >= MIN_HEADLINE_WORDS)
    return 0;
  // Menus and other short chrome lines do not use up the search window: a site may print
  // twenty menu items before the headline.
  let searched = 0;
  for (let i = 1; i < lines.length && searched < TITLE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (isHeadline(line, false)) return i;
    // Prose before any headline candidate means the file starts with the lead.
    if (countWords(line) > MAX_TITLE_WORDS) break;
    if (!isLabelLine(line) && !isChromeLine(line)) searched++;
  }
  return first !== undefined && isHeadline(first, true) ? 0 : -1;
}

function isHeaderMarker(line: string, title: string): boolean {
  return (
    isDateLine(line) ||
    isBylineLine(line) ||
    isCaptionLine(line, title) ||
    // Links to other stories and ads sit inside bodies too: they never extend the header.
    (isChromeLine(line) && !isRelatedLink(line)) ||
    isLabelLine(line) ||
    (isBulletLink(line) && countWords(line) <= 8) ||
    lineKey(line) === lineKey(title)
  );
}

/** Index of the first body line after the headline at `titleIndex`. */
function findBodyStart(lines: readonly string[], titleIndex: number, title: string): number {
  const from = titleIndex + 1;
  const datelineLimit = Math.min(lines.length, from + DATELINE_SEARCH_LINES);
  for (let i = from; i < datelineLimit; i++) {
    if (isDatelineParagraph(lines[i] ?? '')) return i;
  }
  let start = from;
  let dekLines = 0;
  let afterDateOrCredit = false;
  const headerLimit = Math.min(lines.length, from + HEADER_SEARCH_LINES);
  for (let i = from; i < headerLimit; i++) {
    const line = lines[i] ?? '';
    if (isHeaderMarker(line, title)) {
      start = i + 1;
      afterDateOrCredit ||= isDateLine(line) || isBylineLine(line) || isCaptionLine(line, title);
    } else if (
      // After the date line or the photo credit, a paragraph of prose is the lead: an ad
      // further down ("Anzeige") must not carry the header past it.
      (afterDateOrCredit && countWords(line) >= MIN_PROSE_WORDS && /[.!?]["”’»)]?$/u.test(line)) ||
      ++dekLines > MAX_DEK_LINES ||
      countWords(line) > MAX_DEK_WORDS ||
      isRelatedLink(line) ||
      // Two sentences or more: a lead paragraph — unless a date line or byline still follows.
      ((line.match(/[.!?]["”’»)]?\s+\p{Lu}/gu)?.length ?? 0) >= 1 &&
        !lines.slice(i + 1, headerLimit).some((next) => isDateLine(next) || isBylineLine(next)))
    ) {
      break;
    }
  }
  return start;
}

/** Index just past the last body line: the page's trailing chrome is cut off. */
function findBodyEnd(lines: readonly string[], start: number): number {
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = isTrailingSectionHeading(line);
    // A "more stories" heading ends the body only when no prose follows it.
    if (
      (heading && !hasProseAfter(lines, i)) ||
      readEditorLine(line) !== null ||
      isBylineLine(line)
    ) {
      end = i;
      break;
    }
  }
  // Teasers of other stories close many pages: trailing lines that do not end like prose.
  while (end > start + 1) {
    const line = lines[end - 1] ?? '';
    if (hasTerminalPunctuation(line) && !isNoiseLine(line, '')) break;
    // A closing quotation with its cue ("…," tulis @agit2530) is prose, not a teaser.
    if (/["“”„«»][^"“”„«»]*["“”„«»]\s*,?\s*\p{L}/u.test(line)) break;
    if (readEditorTagLine(line) !== null) break;
    end--;
  }
  return end;
}

/** Splits cleaned lines into headline, header matter, body and noise. */
export function readStructure(lines: readonly string[], withDateline = true): Structure {
  const noise: string[] = [];
  let editor: string | null = null;
  let last = lines.length;
  // The editor tag closes the article; chrome, teaser headlines or the scraper's repeat of
  // the body may follow it ("(ary)" then "Berita Terkait" then the body again).
  for (let i = lines.length - 1; i > 0 && i >= lines.length - 1 - MAX_LINES_AFTER_TAG; i--) {
    const line = lines[i] ?? '';
    const tag = readEditorTagLine(line);
    if (tag !== null) {
      editor = tag;
      noise.push(...lines.slice(i));
      last = i;
      break;
    }
    const repeated = lines.indexOf(line) < i;
    const skippable = isNoiseLine(line, '') || isHeadlineShaped(line) || repeated;
    if (!skippable) break;
  }
  const content = lines.slice(0, last);
  const titleIndex = findTitle(content);
  const title = titleIndex >= 0 ? (content[titleIndex] ?? null) : null;
  const bodyStart =
    title === null ? firstProse(content) : findBodyStart(content, titleIndex, title);
  const bodyEnd = findBodyEnd(content, bodyStart);
  const preTitle = content.slice(0, Math.max(0, titleIndex));
  const header = content.slice(titleIndex + 1, bodyStart);
  noise.push(...preTitle, ...header, ...content.slice(bodyEnd));
  const editorLine =
    [...preTitle, ...header, ...content.slice(bodyEnd)]
      .map(readEditorLine)
      .find((e) => e !== null) ?? null;

  let dateline: Dateline | null = null;
  const body: string[] = [];
  const titleText = (title ?? '').replace(/^[•·]\s*/u, '');
  const titleKey = lineKey(titleText);
  let leadKey: string | null = null;
  let inRelatedBlock = false;
  const bodyLines = content.slice(bodyStart, bodyEnd);
  for (const [index, line] of bodyLines.entries()) {
    const key = lineKey(line);
    // The headline printed again, or a repeat of the lead as it stood before its dateline was cut.
    if (key === titleKey || key === leadKey) continue;
    if (withDateline && body.length === 0 && dateline === null && isDatelineParagraph(line)) {
      const found = readDateline(line);
      if (found !== null) {
        dateline = found;
        if (found.length >= line.length) {
          noise.push(line);
          continue;
        }
        body.push(line.slice(found.length));
        leadKey = key;
        continue;
      }
    }
    if (isNoiseLine(line, titleText) && !isSubheading(line, body, bodyLines[index + 1])) {
      noise.push(line);
      // "Baca Juga:" / "Mehr zum Thema" alone on its line: the headlines under it are links.
      inRelatedBlock =
        (isRelatedLink(line) || isTrailingSectionHeading(line)) &&
        countWords(line) <= MAX_HEADING_WORDS &&
        !/:\s*\S/u.test(line);
      continue;
    }
    // Under "Baca juga:" come links, until a subheading that leads back into the text.
    if (
      inRelatedBlock &&
      isHeadlineShaped(line) &&
      !isSubheading(line, body, bodyLines[index + 1])
    ) {
      noise.push(line);
      continue;
    }
    inRelatedBlock = false;
    body.push(line);
  }
  return {
    title: title === null ? null : titleText,
    body,
    dateline,
    header,
    preTitle,
    editor,
    editorLine,
    noise,
  };
}

/** A line opening with a dateline and going on with prose, or a dateline alone on its line. */
function isDatelineParagraph(line: string): boolean {
  const dateline = readDateline(line);
  if (dateline === null) return false;
  const rest = line.slice(dateline.length);
  return rest.length === 0 || (!isDateLine(rest) && countWords(rest) >= 3);
}

/**
 * A newsroom subheading ("Kronologi Kejadian", "Respons Pemerintah"): a short capitalised
 * line with no sentence punctuation standing between two paragraphs of prose.
 */
function isSubheading(line: string, body: readonly string[], next: string | undefined): boolean {
  return (
    /^\p{Lu}/u.test(line) &&
    isLabelLine(line) &&
    !isChromeLine(line) &&
    !isDateLine(line) &&
    isSentence(body[body.length - 1]) &&
    isSentence(next)
  );
}

/** A line that reads as a sentence: a few words ending with sentence punctuation. */
function isSentence(line: string | undefined): boolean {
  return (
    line !== undefined &&
    countWords(line) >= MIN_SENTENCE_WORDS &&
    /[.!?]["”’»)]?$/u.test(line) &&
    !isChromeLine(line)
  );
}

/** A paragraph of running text somewhere after line `index`. */
function hasProseAfter(lines: readonly string[], index: number): boolean {
  return lines
    .slice(index + 1)
    .some(
      (line) =>
        countWords(line) >= MIN_SENTENCE_WORDS &&
        /[.!?]["”’»)]?$/u.test(line) &&
        !isNoiseLine(line, ''),
    );
}

function firstProse(lines: readonly string[]): number {
  const index = lines.findIndex((line) => !isNoiseLine(line, ''));
  return index < 0 ? lines.length : index;
}
