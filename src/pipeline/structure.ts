// Document structure: where the headline is, where the body starts and ends, and which
// lines in between are noise. Works on lines only; paragraph text is cleaned later.
import { classifyLines, isBoilerplateLine, type LineClass } from './boilerplate.ts';
import { isDateLine } from './dates.ts';
import { findHeadline, isDatelineParagraph } from './headline.ts';
import { detectLinesLanguage } from './language.ts';
import {
  readDateline,
  readEditorLine,
  readEditorTagLine,
  readStopDateline,
  type Dateline,
} from './metadata.ts';
import { lexiconFor } from './lexicon/index.ts';
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
  SENTENCE_END,
} from './noise.ts';
import { lineKey } from './normalise.ts';
import { isAppendixHeading, textModel } from './page-talk.ts';
import { isCreditedCaption } from './web-traces.ts';

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
/** A caption printed in the header and again under it has at most this many words. */
const MAX_REPEATED_CAPTION_WORDS = 15;
/** A caption without a credit, right under the headline, has at least this many words. */
const MIN_CAPTION_WORDS = 4;
/** A standfirst has at most this many words; the lead under it at least this many times as many. */
const MAX_STANDFIRST_WORDS = 25;
const MIN_LEAD_RATIO = 2;
/** A sentence's end followed by the next sentence's capital. */
const NEXT_SENTENCE = /[.!?]["”“’»«)]?\s+\p{Lu}/gu;
const QUOTE_MARK = /["“”„«»]/u;

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

/**
 * Where the header matter under the headline may start. When the page prints the headline a
 * second time a few lines down, what stands between the two copies is header matter (a
 * standfirst, a source line, a date, a banner) as long as it holds no more prose than a dek.
 */
function findHeadlineCopy(lines: readonly string[], from: number, title: string): number {
  const titleKey = lineKey(title);
  const limit = Math.min(lines.length, from + HEADER_SEARCH_LINES);
  let prose = 0;
  for (let i = from; i < limit; i++) {
    const line = lines[i] ?? '';
    if (lineKey(line) === titleKey) return i;
    if (
      hasTerminalPunctuation(line) &&
      countWords(line) >= MIN_PROSE_WORDS &&
      ++prose > MAX_DEK_LINES
    )
      break;
  }
  return -1;
}

/**
 * A line right under the headline that no sentence ends, followed by prose: a photo caption
 * without its credit ("Kepala Dinas Kesehatan, Budi Santoso") or a standfirst. News pages
 * set the standfirst and the photo under the headline; a subheading comes after a paragraph.
 */
function isUnmarkedCaption(lines: readonly string[], i: number, classes: readonly LineClass[]) {
  const next = classes[i + 1];
  return (
    classes[i] === 'short' &&
    countWords(lines[i] ?? '') >= MIN_CAPTION_WORDS &&
    (next === 'good' || next === 'near')
  );
}

/**
 * A standfirst (dek) with no header marker under it: news pages set one summary sentence
 * between the headline and the lead, then the story proper as a longer paragraph. One
 * sentence without a quotation (a lead may open with one), and right under it a lead of
 * running prose at least twice as long; a short lead over a short second paragraph stays.
 */
function isLoneStandfirst(lines: readonly string[], i: number, classes: readonly LineClass[]) {
  const line = lines[i] ?? '';
  const next = lines[i + 1];
  const words = countWords(line);
  if (next === undefined || classes[i] === 'bad' || classes[i + 1] !== 'good') return false;
  if (words > MAX_STANDFIRST_WORDS || !SENTENCE_END.test(line) || QUOTE_MARK.test(line))
    return false;
  return (
    (line.match(NEXT_SENTENCE)?.length ?? 0) === 0 &&
    SENTENCE_END.test(next) &&
    countWords(next) >= Math.max(MIN_PROSE_WORDS, MIN_LEAD_RATIO * words)
  );
}

/** Words in the longest of the lines. */
function longestLine(lines: readonly string[]): number {
  return lines.reduce((most, line) => Math.max(most, countWords(line)), 0);
}

/** The first line after `i` that is not boilerplate reads as a lead longer than `words`. */
function isLongerLeadAfter(
  lines: readonly string[],
  i: number,
  classes: readonly LineClass[],
  words: number,
): boolean {
  let j = i + 1;
  while (j < lines.length && classes[j] === 'bad') j++;
  const next = lines[j];
  if (next === undefined) return false;
  const length = countWords(next);
  return length >= MIN_PROSE_WORDS && length > words && SENTENCE_END.test(next);
}

/** Index of the first body line after the headline at `titleIndex`. */
function findBodyStart(
  lines: readonly string[],
  titleIndex: number,
  title: string,
  classes: readonly LineClass[],
  lang: string,
  titled: boolean,
): number {
  const model = textModel(lang);
  const from = titleIndex + 1;
  const datelineLimit = Math.min(lines.length, from + DATELINE_SEARCH_LINES);
  for (let i = from; i < datelineLimit; i++) {
    if (isDatelineParagraph(lines[i] ?? '')) return i;
  }
  const copy = findHeadlineCopy(lines, from, title);
  const first = copy >= 0 ? copy + 1 : from;
  let start = first;
  let dekLines = 0;
  // The headline's second copy is the article's own heading: prose under it is the lead.
  let afterDateOrCredit = copy >= 0;
  const headerLimit = Math.min(lines.length, from + HEADER_SEARCH_LINES);
  for (let i = first; i < headerLimit; i++) {
    const line = lines[i] ?? '';
    // News pages set the photo and its credited caption under the headline and the dek, and
    // the lead under them runs longer than the dek; a caption after the lead is the body's.
    const caption =
      classes[i] === 'bad' &&
      isCreditedCaption(line, model) &&
      isLongerLeadAfter(lines, i, classes, longestLine(lines.slice(first, i)));
    // Only on the page as scraped: a cleaned body re-read starts with its lead.
    const standfirst = !titled && i === first && isLoneStandfirst(lines, i, classes);
    if (
      standfirst ||
      isHeaderMarker(line, title) ||
      caption ||
      // Page talk, web artefacts and credited captions (boilerplate.ts) sit in headers too,
      // above any dek: below prose they are the body's own noise, not a longer header.
      (dekLines === 0 && classes[i] === 'bad' && !isRelatedLink(line)) ||
      (i === first && isUnmarkedCaption(lines, i, classes))
    ) {
      start = i + 1;
      afterDateOrCredit ||=
        standfirst ||
        caption ||
        isDateLine(line) ||
        isBylineLine(line) ||
        isCaptionLine(line, title);
    } else if (
      // After the date line or the photo credit, a paragraph of prose is the lead: an ad
      // further down ("Anzeige") must not carry the header past it.
      (afterDateOrCredit && countWords(line) >= MIN_PROSE_WORDS && SENTENCE_END.test(line)) ||
      ++dekLines > MAX_DEK_LINES ||
      countWords(line) > MAX_DEK_WORDS ||
      isRelatedLink(line) ||
      // Two sentences or more: a lead paragraph — unless a date line or byline still follows.
      ((line.match(NEXT_SENTENCE)?.length ?? 0) >= 1 &&
        !lines.slice(i + 1, headerLimit).some((next) => isDateLine(next) || isBylineLine(next)))
    ) {
      break;
    }
  }
  return start;
}

/** Index just past the last body line: the page's trailing chrome is cut off. */
function findBodyEnd(
  lines: readonly string[],
  start: number,
  classes: readonly LineClass[],
  lang: string,
): number {
  let end = lines.length;
  const model = textModel(lang);
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = isTrailingSectionHeading(line);
    // A "more stories" heading ends the body only when no prose follows it; a block appended
    // for search engines ("FAQ") ends it even though its answers are prose.
    if (
      (heading && !hasProseAfter(lines, i)) ||
      isAppendixHeading(line, model) ||
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
    if (hasTerminalPunctuation(line) && !isNoiseLine(line, '') && classes[end - 1] !== 'bad') break;
    // A closing quotation with its cue ("…," tulis @agit2530) is prose, not a teaser.
    if (/["“”„«»][^"“”„«»]*["“”„«»]\s*,?\s*\p{L}/u.test(line)) break;
    if (readEditorTagLine(line) !== null) break;
    end--;
  }
  return end;
}

/** Splits cleaned lines into headline, header matter, body and noise. */
export function readStructure(
  lines: readonly string[],
  withDateline = true,
  titled = false,
): Structure {
  // Read from the lines themselves, so that re-reading the cleaned article (parse-article.ts
  // settles it) or parsing the rendered output again scores with the same words.
  const lang = detectLinesLanguage(lines);
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
    const skippable =
      isNoiseLine(line, '') || isBoilerplateLine(line, lang) || isHeadlineShaped(line) || repeated;
    if (!skippable) break;
  }
  const content = lines.slice(0, last);
  // Re-reading a cleaned article (parse-article.ts settles it): line 1 is its headline.
  const headline =
    titled && content[0] !== undefined
      ? { index: 0, text: content[0] }
      : findHeadline(content, lang);
  const titleIndex = headline?.index ?? -1;
  const title = headline?.text ?? null;
  const titleText = (title ?? '').replace(/^[•·]\s*/u, '');
  const classes = classifyLines(content, titleText, lang);
  const bodyStart =
    title === null
      ? firstProse(content, classes)
      : findBodyStart(content, titleIndex, title, classes, lang, titled);
  const bodyEnd = findBodyEnd(content, bodyStart, classes, lang);
  const preTitle = content.slice(0, Math.max(0, titleIndex));
  const header = content.slice(titleIndex + 1, bodyStart);
  noise.push(...preTitle, ...header, ...content.slice(bodyEnd));
  const editorLine =
    [...preTitle, ...header, ...content.slice(bodyEnd)]
      .map(readEditorLine)
      .find((e) => e !== null) ?? null;

  let dateline: Dateline | null = null;
  const body: string[] = [];
  const titleKey = lineKey(titleText);
  // A photo caption printed again under the header is the same header matter. Only a
  // caption's length: a page may print its lead as the standfirst too, and the lead stays.
  const headerKeys = new Set(
    header
      .filter((line) => countWords(line) <= MAX_REPEATED_CAPTION_WORDS)
      .map(lineKey)
      .filter((key) => key.length > 0),
  );
  let leadKey: string | null = null;
  let inRelatedBlock = false;
  // Read on the page's first paragraph only, not when a cleaned body is re-read (settling).
  const stops = withDateline && !titled ? lexiconFor(lang).datelineStops : [];
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
    const stopped: Dateline | null =
      body.length === 0 && dateline === null ? readStopDateline(line, stops) : null;
    if (stopped !== null) {
      dateline = stopped;
      body.push(line.slice(stopped.length));
      leadKey = key;
      continue;
    }
    const judged = classes[bodyStart + index] === 'bad' || headerKeys.has(key);
    if (
      judged ||
      (isNoiseLine(line, titleText) && !isSubheading(line, body, bodyLines[index + 1]))
    ) {
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

/**
 * A newsroom subheading ("Kronologi Kejadian", "Respons Pemerintah"): a short capitalised
 * line with no sentence punctuation standing between two paragraphs of prose. The paragraph
 * before it may be as short as a one-line quote (`"Kami siap," katanya.`); the one after it
 * opens the new section.
 */
function isSubheading(line: string, body: readonly string[], next: string | undefined): boolean {
  const previous = body[body.length - 1];
  return (
    /^\p{Lu}/u.test(line) &&
    isLabelLine(line) &&
    !isChromeLine(line) &&
    !isDateLine(line) &&
    previous !== undefined &&
    SENTENCE_END.test(previous) &&
    isSentence(next)
  );
}

/** A line that reads as a sentence: a few words ending with sentence punctuation. */
function isSentence(line: string | undefined): boolean {
  return (
    line !== undefined &&
    countWords(line) >= MIN_SENTENCE_WORDS &&
    SENTENCE_END.test(line) &&
    !isChromeLine(line)
  );
}

/** A paragraph of running text somewhere after line `index`. */
function hasProseAfter(lines: readonly string[], index: number): boolean {
  return lines
    .slice(index + 1)
    .some(
      (line) =>
        countWords(line) >= MIN_SENTENCE_WORDS && SENTENCE_END.test(line) && !isNoiseLine(line, ''),
    );
}

function firstProse(lines: readonly string[], classes: readonly LineClass[]): number {
  const index = lines.findIndex((line, i) => !isNoiseLine(line, '') && classes[i] !== 'bad');
  return index < 0 ? lines.length : index;
}
