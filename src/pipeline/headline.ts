// Choosing the headline. Line 1 of a scrape is usually the headline; when it is clearly one
// it is kept. Otherwise the lines near the top are scored as candidates: site chrome is
// rejected (skip links, breadcrumbs, site names, date lines, section labels, glued menus,
// "Find us on social media"), and among the rest a line the page prints twice, or whose words
// recur in the lead, wins over one that merely comes first.
import { isBoilerplateLine } from './boilerplate.ts';
import { hasPageTalk, isProse, textModel, topicStems } from './page-talk.ts';
import { isDateLine } from './dates.ts';
import { memoizeBy } from './memo.ts';
import { readDateline } from './metadata.ts';
import {
  countWords,
  isBylineLine,
  isCaptionLine,
  isChromeLine,
  isLabelLine,
  SENTENCE_END,
} from './noise.ts';
import { lineKey } from './normalise.ts';

/** How far down the file a headline is looked for when chrome comes first. */
const TITLE_SEARCH_LINES = 15;
/** Headlines have at least this many words; shorter first lines are usually site chrome. */
const MIN_HEADLINE_WORDS = 4;
/** A headline longer than this is a paragraph. */
const MAX_TITLE_WORDS = 40;
/** Paragraphs of prose after which the file is taken to start with its lead (no headline). */
const MAX_PROSE_BEFORE_HEADLINE = 2;
/** A prose paragraph has at least this many words. */
const MIN_PROSE_WORDS = 12;
/** Lowercase-to-capital joins that mark menu items glued together ("BerandaTentang KamiRedaksi…"). */
const MIN_GLUED_JOINS = 3;
/** Segments of a breadcrumb or a "Headline | Site" line that are labels have at most this many words. */
const MAX_LABEL_SEGMENT_WORDS = 3;
/** Lines below a headline within which the page may print it a second time. */
const COPY_LINES = 8;
/** Lines after a candidate in which its words are looked for. */
const LEAD_LINES = 3;
/** Share of a candidate's topic words found in the lead that makes it the lead's headline. */
const MIN_LEAD_SHARE = 0.3;
/** Score: printed twice, echoed by the lead, shaped like a headline, and the cost of coming later. */
const REPEAT_SCORE = 3;
const LEAD_SCORE = 1;
const SHAPE_SCORE = 1;
const POSITION_COST = 1;
const CUT_COST = 0.5;
/** A headline-shaped line has at most this many words. */
const MAX_SHAPED_WORDS = 25;

/** Two sentences in a line: prose (a lead, a cookie notice), never a headline. */
const SECOND_SENTENCE = /[.!?]["”“’»«)]?\s+\p{Lu}/gu;
/** A kicker opening a headline ("VIDÉO. À Lorient, …", "EXCLUSIVE: …"): capitals and a stop. */
const KICKER = /^\p{Lu}[\p{Lu}\p{N}'’-]*(?:\s\p{Lu}[\p{Lu}\p{N}'’-]*){0,2}[.:]\s+/u;
/** Separators of breadcrumbs and of "Headline | Site" titles, with spaces around them. */
const SEGMENT_SEPARATOR = /\s+[>»›|/]\s+/u;
const GLUED_JOIN = /\p{Ll}\p{Lu}/gu;
const HEADLINE_OPENING = /^[\p{Lu}\p{N}"“„«‘']/u;

/** The headline found: the line it stands on and its text. */
export interface Headline {
  index: number;
  text: string;
}

/** A line opening with a dateline and going on with prose, or a dateline alone on its line. */
export function isDatelineParagraph(line: string): boolean {
  const dateline = readDateline(line);
  if (dateline === null) return false;
  const rest = line.slice(dateline.length);
  return rest.length === 0 || (!isDateLine(rest) && countWords(rest) >= 3);
}

/**
 * The headline a line holds. A breadcrumb ending in the headline ("Home › News › Floods cut
 * off …") or a page title with the site's name ("Floods cut off … | Daily News") holds it as
 * the one long segment among labels; a line of labels only holds none (null); other lines are
 * their own candidate.
 */
function headlineText(line: string): string | null {
  const segments = line.split(SEGMENT_SEPARATOR);
  if (segments.length < 2) return line;
  const long = segments.filter((segment) => countWords(segment) > MAX_LABEL_SEGMENT_WORDS);
  // Only labels: a menu, a breadcrumb, or a site's name and slogan ("Harian X | Suara Rakyat").
  if (long.length === 0) return null;
  return long.length === 1 && long[0] !== undefined ? long[0] : line;
}

/** Sentences in the line, a leading kicker ("VIDÉO.") not counted when no full stop closes it. */
function hasSecondSentence(line: string): boolean {
  const body = /[.]$/u.test(line) ? line : line.replace(KICKER, '');
  return (body.match(SECOND_SENTENCE)?.length ?? 0) >= 1;
}

/**
 * A headline in two parts ("Podul intră în reparații. Traficul greu va fi deviat"): online
 * headlines often add a second clause after a full stop, but leave the last one open, and
 * stay headline-short; a lead or a notice ends with its full stop.
 */
function isTwoPartHeadline(line: string): boolean {
  return (
    countWords(line) <= MAX_SHAPED_WORDS &&
    !SENTENCE_END.test(line) &&
    (line.match(SECOND_SENTENCE)?.length ?? 0) === 1
  );
}

/**
 * Whether a line can be a headline at all. Rejected: chrome and date lines, datelines, prose of
 * two sentences, bylines; a label that introduces something (ends with a colon: "Follow Us On
 * Social Media :"); menu items glued into one line; lines talking about the page or carrying
 * web artefacts (boilerplate.ts). Below the first line a headline has four words or more, no
 * final full stop and no caption marker.
 */
function isHeadline(line: string, first: boolean, lang: string): boolean {
  return isHeadlineMemo(`${first ? 1 : 0}${lang}`, line);
}

const isHeadlineMemo = memoizeBy((setting: string, line: string): boolean =>
  judgeHeadline(line, setting.startsWith('1'), setting.slice(1)),
);

function judgeHeadline(line: string, first: boolean, lang: string): boolean {
  const words = countWords(line);
  if (words === 0 || words > MAX_TITLE_WORDS || isChromeLine(line) || isDateLine(line))
    return false;
  if (readDateline(line) !== null || isBylineLine(line)) return false;
  if (hasSecondSentence(line) && !isTwoPartHeadline(line)) return false;
  if (/:$/u.test(line) || (line.match(GLUED_JOIN)?.length ?? 0) >= MIN_GLUED_JOINS) return false;
  if (isBoilerplateLine(line, lang)) return false;
  if (first) return words >= 2;
  return words >= MIN_HEADLINE_WORDS && !/[.]$/u.test(line) && !isCaptionLine(line, '');
}

/**
 * The share of the candidate's topic words that recur in the prose under it (the lead under a
 * headline), 0 when it has none.
 */
function leadEcho(lines: readonly string[], index: number, text: string, lang: string): number {
  const model = textModel(lang);
  const words = topicStems(text, model);
  if (words.length === 0) return 0;
  const lead = new Set<string>();
  let prose = 0;
  for (let i = index + 1; i < lines.length && prose < LEAD_LINES; i++) {
    const line = lines[i] ?? '';
    // A paywall or promo line speaks of "this article", not of the news: it is no lead.
    if (!isProse(line, model) || hasPageTalk(line, model)) continue;
    prose++;
    for (const word of topicStems(line, model)) lead.add(word);
  }
  return words.filter((word) => lead.has(word)).length / words.length;
}

const isEchoedByLead = (lines: readonly string[], index: number, text: string, lang: string) =>
  leadEcho(lines, index, text, lang) >= MIN_LEAD_SHARE;

/**
 * A candidate's score. Headlines are often printed twice (the page title, then the article's
 * own heading); a headline's words recur in the lead under it; a headline has 4–25 words and
 * no final full stop. Each candidate passed costs a point, so without such evidence the first
 * one wins, as before.
 */
function scoreCandidate(lines: readonly string[], index: number, text: string, lang: string) {
  const key = lineKey(text);
  const repeated = lines.some((line, i) => i !== index && lineKey(line) === key);
  const words = countWords(text);
  // Title Case or sentence case: a headline opens with a capital (or a figure, or a quotation),
  // a byline or a fragment of chrome often with a small word ("par la rédaction").
  const shaped =
    words >= MIN_HEADLINE_WORDS &&
    words <= MAX_SHAPED_WORDS &&
    !/[.]$/u.test(text) &&
    HEADLINE_OPENING.test(text);
  return (
    (repeated ? REPEAT_SCORE : 0) +
    (isEchoedByLead(lines, index, text, lang) ? LEAD_SCORE : 0) +
    (shaped ? SHAPE_SCORE : 0)
  );
}

/** A lead opening with its dateline ("JAKARTA, KOMPAS — Presiden …"): the body has begun. */
function isDatelineLead(line: string, lang: string): boolean {
  return isDatelineLeadMemo(lang, line);
}

/** Asked of the same lines by every candidate search; once per line and language. */
const isDatelineLeadMemo = memoizeBy((lang: string, line: string): boolean => {
  const dateline = readDateline(line);
  return dateline !== null && isProse(line.slice(dateline.length), textModel(lang));
});

/** Prose that shows the file has started with its body: a paragraph of running text. */
function isBodyProse(line: string, lang: string): boolean {
  if (countWords(line) > MAX_TITLE_WORDS) return true;
  return (
    countWords(line) >= MIN_PROSE_WORDS &&
    SENTENCE_END.test(line) &&
    !isChromeLine(line) &&
    isProse(line, textModel(lang))
  );
}

interface Candidate extends Headline {
  score: number;
}

/** Whether the line is printed again within the next few lines (a page title, then its heading). */
function isPrintedTwice(lines: readonly string[], index: number, text: string): boolean {
  const key = lineKey(text);
  return lines
    .slice(index + 1, index + 1 + COPY_LINES)
    .some((line) => lineKey(headlineText(line) ?? line) === key);
}

/**
 * Headline candidates below the first line, in the window where chrome may precede the
 * headline. Menus and other short chrome lines do not use up the window (a site may print
 * twenty menu items first); prose ends it, since the file has then started with its lead —
 * the first paragraph of prose when `aboveProse` (a rival to the first line must stand above
 * the lead), else the second (the first may be a cookie notice or a dek).
 */
function findCandidates(lines: readonly string[], lang: string, aboveProse: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  const maxProse = aboveProse ? 1 : MAX_PROSE_BEFORE_HEADLINE;
  let searched = 0;
  let prose = 0;
  for (let i = 1; i < lines.length && searched < TITLE_SEARCH_LINES; i++) {
    const line = lines[i] ?? '';
    if (isDatelineLead(line, lang) || (isBodyProse(line, lang) && ++prose >= maxProse)) break;
    const text = headlineText(line);
    if (text !== null && isHeadline(text, false, lang)) {
      // A headline cut from a breadcrumb or a titled line yields to a line of its own on a
      // tie: such a line may pair a site's name with its slogan instead.
      const cut = text === line ? 0 : CUT_COST;
      const score = aboveProse
        ? 0
        : scoreCandidate(lines, i, text, lang) - POSITION_COST * searched - cut;
      candidates.push({ index: i, text, score });
    }
    if (!isLabelLine(line) && !isChromeLine(line)) searched++;
  }
  return candidates;
}

/**
 * A line below a headline-like first line that is the headline after all. The first line is
 * then a promo, a paywall tag or a slogan, which the lead does not echo: a real headline
 * shares words with its lead. The rival is printed twice before the lead (a page title, then
 * the article's heading) where the first line is printed once and barely echoed; or the lead
 * echoes it where it shares no word at all with the first line.
 */
function findRival(lines: readonly string[], firstText: string, lang: string) {
  const candidates = findCandidates(lines, lang, true);
  if (candidates.length === 0) return undefined;
  const firstEcho = leadEcho(lines, 0, firstText, lang);
  const firstTwice = isPrintedTwice(lines, 0, firstText);
  return candidates.find(
    (c) =>
      (!firstTwice && firstEcho < MIN_LEAD_SHARE && isPrintedTwice(lines, c.index, c.text)) ||
      (firstEcho === 0 && isEchoedByLead(lines, c.index, c.text, lang)),
  );
}

/** The headline of a scrape (lines in order), or null when the file starts with its body. */
export function findHeadline(lines: readonly string[], lang: string): Headline | null {
  const first = lines[0];
  if (first === undefined || isDatelineLead(first, lang)) return null;
  const firstText = headlineText(first);
  // A first line of two or three words is more often a brand or section name ("Kompas TV")
  // than a headline: take it only when no proper headline follows.
  if (
    firstText !== null &&
    isHeadline(firstText, true, lang) &&
    countWords(firstText) >= MIN_HEADLINE_WORDS
  ) {
    const rival = findRival(lines, firstText, lang);
    return rival === undefined
      ? { index: 0, text: firstText }
      : { index: rival.index, text: rival.text };
  }
  const best = findCandidates(lines, lang, false).reduce<Candidate | null>(
    (top, c) => (top === null || c.score > top.score ? c : top),
    null,
  );
  if (best !== null) return { index: best.index, text: best.text };
  if (firstText !== null && isHeadline(firstText, true, lang)) return { index: 0, text: firstText };
  return null;
}
