// Boilerplate scoring in the manner of jusText (Pomikálek 2011): instead of listing what each
// site prints around its articles, every line is judged by general features — length, stop-word
// density in the article's language, sentence shape, page talk (page-talk.ts), traces of the
// web page (web-traces.ts) — and then short, uncertain lines take the class of their
// neighbours, and a block of teasers at the page's end is told from the body by its topic.
import { memoizeBy } from './memo.ts';
import {
  countWords,
  hasTerminalPunctuation,
  isChromeLine,
  isLabelLine,
  isNoiseLine,
} from './noise.ts';
import {
  hasPageTalk,
  isPageTalk,
  isProse,
  MIN_PROSE_WORDS,
  textModel,
  topicStems,
  type TextModel,
} from './page-talk.ts';
import { hasGluedCredit, hasWebArtefact, isEmbedCaption } from './web-traces.ts';

/** A line's class: body (good), probably body (near), undecided (short), boilerplate (bad). */
export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** A line without sentence punctuation up to this long is headline-shaped: a title or a label. */
const MAX_SHORT_WORDS = 25;
/** A line this short with page talk is undecided even when it ends like a sentence ("Forgot your password?"). */
const MAX_PAGE_QUESTION_WORDS = 6;
/** A line needs this many topic words before it can be judged off-topic. */
const MIN_TOPIC_STEMS = 3;
/** Below this share of words shared with the article, a line is about something else. */
const MIN_TOPIC_SHARE = 0.3;
/** Below this share of shared words, a paragraph under a heading at the page's end is a teaser… */
const MAX_TEASER_SHARE = 0.15;
/** …when it has at least this many topic words (a short paragraph shares few by chance). */
const MIN_TEASER_STEMS = 5;
/** A sentence with page talk between two lines of page talk is chrome up to this length. */
const MAX_PAGE_SENTENCE_WORDS = 15;
/** A caption printed twice is recognised by a copy of at least this many words. */
const MIN_CAPTION_COPY_WORDS = 4;
/** A heading over a block of teasers ("Berikut jadwalnya:", "Recomandări pentru tine:") has at most this many words. */
const MAX_HEADING_WORDS = 10;
/** Lines of evidence a teaser block needs under a bare label (a colon heading needs one). */
const MIN_LABELLED_EVIDENCE = 2;

/** New evidence that a line is boilerplate, judged on the line alone (the existing rules aside). */
const isBoilerplate = memoizeBy((lang: string, line: string): boolean => {
  const model = textModel(lang);
  if (isPageTalk(line, model) || isEmbedCaption(line)) return true;
  // Prose may cite an address or a handle ("…diunggah akun @x."); chrome does not read as prose.
  return hasWebArtefact(line) && !isProse(line, model);
});

/** isBoilerplate for a line in an article of language `lang`. */
export function isBoilerplateLine(line: string, lang: string): boolean {
  return isBoilerplate(lang, line);
}

/**
 * The class of a line on its own. Bad: the existing chrome rules (noise.ts) or the evidence
 * above. Short: labels, headline-shaped lines and short lines with page talk — a newsroom
 * subheading or a teaser, only the neighbours can tell. Good: prose. Near: the rest (short
 * sentences, a quote paragraph such as `"Kami siap," katanya.`), kept like good.
 */
function classifyAlone(line: string, title: string, lang: string): LineClass {
  // Page talk first: "Halaman: 1 2" is a label in shape but never a subheading.
  if (isBoilerplateLine(line, lang)) return 'bad';
  if (isLabelLine(line)) return 'short';
  if (isNoiseLine(line, title)) return 'bad';
  const model = textModel(lang);
  const words = countWords(line);
  if (isProse(line, model)) return words >= MIN_PROSE_WORDS ? 'good' : 'near';
  if (!hasTerminalPunctuation(line) && words <= MAX_SHORT_WORDS) return 'short';
  if (words <= MAX_PAGE_QUESTION_WORDS && hasPageTalk(line, model)) return 'short';
  return 'near';
}

/** classifyAlone per (language, headline) and line: settling re-reads the same lines. */
const classifyAloneMemo = memoizeBy((setting: string, line: string): LineClass => {
  const split = setting.indexOf('\u0000');
  return classifyAlone(line, setting.slice(split + 1), setting.slice(0, split));
});

/**
 * The article's topic words: how many prose lines use each, and the headline's. A line is on
 * topic when its words occur elsewhere in the article.
 */
class Topic {
  private readonly counts = new Map<string, number>();
  private readonly title: ReadonlySet<string>;

  constructor(
    title: string,
    prose: readonly string[],
    private readonly model: TextModel,
  ) {
    this.title = new Set(topicStems(title, model));
    for (const line of prose)
      for (const stem of topicStems(line, model))
        this.counts.set(stem, (this.counts.get(stem) ?? 0) + 1);
  }

  /**
   * Whether a line is about something else than the article: of its content words, few occur
   * in the headline or in the article's other prose lines. Teasers of other stories share
   * almost no words with the story; even a subheading or a list item repeats its names and
   * terms. Undecided (false) for lines with too few content words to tell.
   */
  isOffTopic(
    line: string,
    isProseLine: boolean,
    below = MIN_TOPIC_SHARE,
    minStems = MIN_TOPIC_STEMS,
  ): boolean {
    const stems = topicStems(line, this.model);
    if (stems.length < minStems) return false;
    const own = isProseLine ? 1 : 0;
    const shared = stems.filter(
      (stem) => this.title.has(stem) || (this.counts.get(stem) ?? 0) > own,
    ).length;
    return shared / stems.length < below;
  }
}

/**
 * A caption printed twice, once with its credit: the copy without the credit is the start of
 * its neighbour, which is a caption ("The new library." / "The new library.Credit: Jane Doe").
 */
function isCaptionCopy(lines: readonly string[], classes: readonly LineClass[], i: number) {
  const line = lines[i] ?? '';
  return [i - 1, i + 1].some((j) => {
    const other = lines[j];
    return (
      classes[j] === 'bad' &&
      other !== undefined &&
      other.length > line.length &&
      other.startsWith(line) &&
      countWords(line) >= MIN_CAPTION_COPY_WORDS
    );
  });
}

/**
 * Classes for the lines of a page, in order: each line on its own; captions found by their
 * credit (a credit glued to the last paragraph is an editor's tag, not a caption's) and their
 * uncredited copies; then the neighbours' revision and the teaser block at the end.
 */
export function classifyLines(lines: readonly string[], title: string, lang: string): LineClass[] {
  const model = textModel(lang);
  // One setting string for all lines: the memo hashes it once, not once per line.
  const setting = `${lang}\u0000${title}`;
  const alone = lines.map((line) => classifyAloneMemo(setting, line));
  const lastProse = alone.findLastIndex((cls) => cls === 'good');
  const credited = alone.map((cls, i) =>
    cls !== 'bad' && i < lastProse && hasGluedCredit(lines[i] ?? '', model) ? 'bad' : cls,
  );
  const classes = credited.map((cls, i) =>
    cls !== 'bad' && isCaptionCopy(lines, credited, i) ? 'bad' : cls,
  );
  const isProseClass = (cls: LineClass | undefined) => cls === 'good' || cls === 'near';
  const topic = new Topic(
    title,
    lines.filter((_, i) => isProseClass(alone[i])),
    model,
  );
  const revised = reviseByNeighbours(lines, classes, model, (i) =>
    topic.isOffTopic(lines[i] ?? '', isProseClass(alone[i])),
  );
  markTeaserTail(lines, revised, (i) =>
    topic.isOffTopic(lines[i] ?? '', true, MAX_TEASER_SHARE, MIN_TEASER_STEMS),
  );
  return revised;
}

/**
 * jusText's context revision. A short line whose nearest non-short neighbours on both sides
 * are boilerplate is boilerplate too (a label inside a block of chrome, a teaser in a list of
 * teasers) when it looks like one: about another topic, or talking about the page; a newsroom
 * subheading repeats the article's words and stays. A short sentence with page talk between
 * two lines of chrome belongs to them. The page's edges count as boilerplate.
 */
function reviseByNeighbours(
  lines: readonly string[],
  classes: readonly LineClass[],
  model: TextModel,
  isOffTopic: (index: number) => boolean,
): LineClass[] {
  const neighbour = (from: number, step: number): LineClass => {
    for (let i = from + step; i >= 0 && i < classes.length; i += step) {
      const cls = classes[i];
      if (cls !== 'short') return cls ?? 'bad';
    }
    return 'bad';
  };
  return classes.map((cls, i) => {
    const line = lines[i] ?? '';
    if (cls === 'bad' || neighbour(i, -1) !== 'bad' || neighbour(i, 1) !== 'bad') return cls;
    if (cls === 'short') return hasPageTalk(line, model) || isOffTopic(i) ? 'bad' : cls;
    // "Il vous reste 80 % de cet article à lire." between two paywall lines. One-word markers
    // do not make a block: "Advertisement" stands between paragraphs.
    const chromeAround = [i - 1, i + 1].every(
      (j) => classes[j] === 'bad' && countWords(lines[j] ?? '') > 1,
    );
    return countWords(line) <= MAX_PAGE_SENTENCE_WORDS && chromeAround && hasPageTalk(line, model)
      ? 'bad'
      : cls;
  });
}

/**
 * A heading over a block of links: a label ("Lainnya") or a short line ending in a colon ("Recomandări
 * pentru tine:"). Chrome labels are not: an "Advertisement" marker stands inside bodies,
 * and the known section headings ("Berita Terkait") have their own rule in structure.ts.
 */
function isBlockHeading(line: string): boolean {
  if (isChromeLine(line)) return false;
  return isLabelLine(line) || (/:$/u.test(line) && countWords(line) <= MAX_HEADING_WORDS);
}

/**
 * Teasers of other stories close many pages, often under a heading, and often written as
 * sentences ("…, vedeta și-a dezvăluit secretul siluetei."), so sentence shape cannot tell
 * them from the body. Their topic can: a heading after the article's prose, below which every
 * line is boilerplate, a label, or shares almost no word with the article, starts a teaser
 * block; the block and its heading are boilerplate. The bar is higher than for a single short
 * line, as a paragraph late in an article may drift from the headline's words: a heading with
 * a colon introduces what follows, a bare label needs two lines of evidence below it.
 */
function markTeaserTail(
  lines: readonly string[],
  classes: LineClass[],
  isUnrelated: (index: number) => boolean,
): void {
  const firstProse = classes.indexOf('good');
  if (firstProse < 0) return;
  let heading = -1;
  let evidence = 0;
  for (let i = lines.length - 1; i > firstProse; i--) {
    const line = lines[i] ?? '';
    const cls = classes[i] ?? 'bad';
    const enough = /:$/u.test(line) ? evidence >= 1 : evidence >= MIN_LABELLED_EVIDENCE;
    if (enough && isBlockHeading(line)) heading = i;
    // Labels and headline-shaped lines may be teasers or not: they pass, but prove nothing.
    if (cls === 'short') continue;
    // Evidence: boilerplate beyond a bare label, or a paragraph of prose on another topic.
    if ((cls === 'bad' && !isLabelLine(line)) || (cls === 'good' && isUnrelated(i))) evidence++;
    else if (cls !== 'bad') break;
  }
  for (let i = heading; i >= 0 && i < lines.length; i++) classes[i] = 'bad';
}
