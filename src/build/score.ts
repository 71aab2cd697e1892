// Scoring pipeline output against labels in the format of the shared evaluation corpus
// (raw/<name>.txt + labels/<name>.json; the label rules are in that corpus's README.md).
// Node-free so tests can use it too.
//
// Metric definitions. Rates are averaged per file, quote counts are pooled over all files.
//
// - title: share of files whose title matches, counted only over files whose label has a
//   non-null title (`null` means "not scored", as in the PFSA conversion).
// - paragraphs: per file, the share of the scored checks (count, first start, last start)
//   that pass; averaged over files.
// - noise kept: labelled noise lines that still appear as a paragraph, as a count and as a
//   share of all labelled noise lines.
// - metadata: per file, the share of the scored fields (lang, dateline, published, editor)
//   that match; a `null` dateline/published/editor is scored as "none", an absent field is not
//   scored.
// - direct F1, scare F1: F1 over quotes matched on their text. A quote found with the other
//   kind counts as a miss of the labelled kind and as an extra of the predicted kind.
// - A "found direct quote" is a labelled direct quote matched by a predicted direct quote.
//   Its label's speaker list is either named (non-empty), unattributed (`[]`: the text names
//   no one, so the pipeline should give no speaker) or unscored (`null`/absent, or `[]` when
//   the corpus uses `[]` for "not annotated"; see ScoreOptions).
// - speaker accuracy = correct / found direct quotes that are named or unattributed, where an
//   unattributed quote is correct when the pipeline gave no speaker.
// - speaker precision = correct named / found direct quotes the pipeline gave a speaker,
//   among named and unattributed ones (a speaker given to an unattributed quote is wrong).
// - speaker recall = correct named / found named direct quotes.
// - abstentions = found named direct quotes the pipeline left without a speaker (a count).
// A named quote is correct when the predicted speaker equals any listed answer, ignoring case.
import type { Article } from '../pipeline/types.ts';
import { lineKey, normaliseLine } from '../pipeline/normalise.ts';

export interface LabelQuote {
  text: string;
  kind: 'direct' | 'scare';
  /** Accepted answers, short form first; `[]` no speaker; `null` or absent: not scored. */
  speaker?: string[] | null;
}

/**
 * One file's label. A `null` title and any absent field are not scored; a `null` dateline,
 * published date or editor means the article has none.
 */
export interface Label {
  file: string;
  lang?: string | null;
  title?: string | null;
  dateline?: string | null;
  published?: string | null;
  editor?: string | null;
  noise?: string[];
  paragraphCount?: number | null;
  firstParagraphStart?: string | null;
  lastParagraphStart?: string | null;
  quotes?: LabelQuote[];
}

export interface ScoreOptions {
  /**
   * What an empty speaker list means: `none` (the corpus rule: no speaker can be determined,
   * so the pipeline should give none) or `unscored` (the PFSA rule: the annotators did not tag
   * this speaker, so the quote counts for quote finding only).
   */
  emptySpeaker: 'none' | 'unscored';
}

export type FailureKind =
  | 'no article'
  | 'title wrong'
  | 'paragraph count'
  | 'first paragraph'
  | 'last paragraph'
  | 'noise kept'
  | 'metadata: lang'
  | 'metadata: dateline'
  | 'metadata: published'
  | 'metadata: editor'
  | 'direct missed'
  | 'scare missed'
  | 'extra quote'
  | 'kind confused'
  | 'speaker wrong'
  | 'speaker abstained'
  | 'speaker given where none labelled';

/** Report order of the failure kinds. */
export const FAILURE_KINDS: readonly FailureKind[] = [
  'no article',
  'title wrong',
  'paragraph count',
  'first paragraph',
  'last paragraph',
  'noise kept',
  'metadata: lang',
  'metadata: dateline',
  'metadata: published',
  'metadata: editor',
  'direct missed',
  'scare missed',
  'extra quote',
  'kind confused',
  'speaker wrong',
  'speaker abstained',
  'speaker given where none labelled',
];

export interface Failure {
  kind: FailureKind;
  /** The text concerned (quote, noise line, paragraph start), at most EXCERPT_LENGTH chars. */
  excerpt: string;
  /** What was got and wanted, when the excerpt alone does not say it. */
  detail?: string;
}

export interface QuoteCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Speaker outcomes over found direct quotes (see the definitions at the top). */
export interface SpeakerCounts {
  /** Found direct quotes whose label names a speaker. */
  named: number;
  /** Named quotes given one of the labelled answers. */
  correct: number;
  /** Named quotes given any speaker, right or wrong. */
  given: number;
  /** Found direct quotes labelled as having no speaker. */
  unattributed: number;
  /** Unattributed quotes the pipeline also left without a speaker. */
  unattributedKept: number;
}

export interface FileScore {
  file: string;
  /** `null` when the label does not score the title. */
  title: boolean | null;
  /** Share of the scored paragraph checks that pass; `null` when none is scored. */
  paragraphs: number | null;
  noiseLabelled: number;
  noiseKept: string[];
  /** Share of the scored metadata fields that match; `null` when none is scored. */
  metadata: number | null;
  direct: QuoteCounts;
  scare: QuoteCounts;
  speakers: SpeakerCounts;
  failures: Failure[];
}

export const EXCERPT_LENGTH = 60;

/** Shortens text for a report line, marking the cut with an ellipsis. */
export function clipExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const line = normaliseLine(text);
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

const MARKS = /^[\s"“”„«»‘’'‚‹›]+|[\s"“”„«»‘’'‚‹›.,;:!?…]+$/gu;
const quoteKey = (text: string): string => normaliseLine(text).replace(MARKS, '').toLowerCase();
const speakerKey = (name: string): string => normaliseLine(name).toLowerCase();
const showValue = (value: string | null | undefined): string =>
  value === null || value === undefined ? '∅' : clipExcerpt(value, 30);

const showAnswers = (answers: readonly string[]): string => clipExcerpt(answers.join('|'));

interface Predicted {
  key: string;
  text: string;
  kind: 'direct' | 'scare';
  speaker: string | undefined;
  used: boolean;
}

function listPredictedQuotes(article: Article): Predicted[] {
  return article.paragraphs.flatMap((p) =>
    p.quotes.map((q) => {
      const text = p.text.slice(q.start, q.end);
      return { key: quoteKey(text), text, kind: q.kind, speaker: q.speaker, used: false };
    }),
  );
}

/** The unused predicted quote for a labelled one: same text first, then one containing the other. */
function findMatch(predicted: Predicted[], key: string): Predicted | undefined {
  return (
    predicted.find((p) => !p.used && p.key === key) ??
    predicted.find(
      (p) => !p.used && p.key.length > 0 && (p.key.includes(key) || key.includes(p.key)),
    )
  );
}

function scoreParagraphs(label: Label, paragraphs: string[], failures: Failure[]): number | null {
  const first = paragraphs[0] ?? '';
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const checks: boolean[] = [];
  if (typeof label.paragraphCount === 'number') {
    const ok = paragraphs.length === label.paragraphCount;
    checks.push(ok);
    if (!ok)
      failures.push({
        kind: 'paragraph count',
        excerpt: '',
        detail: `got ${paragraphs.length}, want ${label.paragraphCount}`,
      });
  }
  const starts: ['first paragraph' | 'last paragraph', string, string | null | undefined][] = [
    ['first paragraph', first, label.firstParagraphStart],
    ['last paragraph', last, label.lastParagraphStart],
  ];
  for (const [kind, got, want] of starts) {
    if (typeof want !== 'string') continue;
    const ok = normaliseLine(got).startsWith(normaliseLine(want));
    checks.push(ok);
    if (!ok)
      failures.push({ kind, excerpt: clipExcerpt(got), detail: `want ${clipExcerpt(want)}` });
  }
  return checks.length === 0 ? null : checks.filter(Boolean).length / checks.length;
}

function scoreMetadata(label: Label, article: Article | null, failures: Failure[]): number | null {
  // `undefined` in the label means "absent, not scored"; `null` means "the article has none".
  const fields = [
    ['lang', article?.lang, label.lang ?? undefined],
    ['dateline', article?.dateline ?? null, label.dateline],
    ['published', article?.published ?? null, label.published],
    ['editor', article?.editor ?? null, label.editor],
  ] as const;
  const scored = fields.filter(([, , want]) => want !== undefined);
  let hits = 0;
  for (const [name, got, want] of scored) {
    // Without an article nothing was read, so even an expected "none" is not a hit.
    if (article !== null && got === want) hits++;
    else
      failures.push({
        kind: `metadata: ${name}`,
        excerpt: '',
        detail: `got ${showValue(got)}, want ${showValue(want)}`,
      });
  }
  return scored.length === 0 ? null : hits / scored.length;
}

function scoreSpeaker(
  want: LabelQuote,
  got: Predicted,
  options: ScoreOptions,
  score: FileScore,
): void {
  const answers = want.speaker;
  if (answers === undefined || answers === null) return;
  if (answers.length === 0 && options.emptySpeaker === 'unscored') return;
  const counts = score.speakers;
  const excerpt = clipExcerpt(want.text);
  if (answers.length === 0) {
    counts.unattributed++;
    if (got.speaker === undefined) counts.unattributedKept++;
    else
      score.failures.push({
        kind: 'speaker given where none labelled',
        excerpt,
        detail: `got ${got.speaker}`,
      });
    return;
  }
  counts.named++;
  if (got.speaker === undefined) {
    score.failures.push({
      kind: 'speaker abstained',
      excerpt,
      detail: `want ${showAnswers(answers)}`,
    });
    return;
  }
  counts.given++;
  const gotKey = speakerKey(got.speaker);
  if (answers.some((answer) => speakerKey(answer) === gotKey)) counts.correct++;
  else
    score.failures.push({
      kind: 'speaker wrong',
      excerpt,
      detail: `got ${got.speaker}, want ${showAnswers(answers)}`,
    });
}

function scoreQuotes(
  label: Label,
  article: Article | null,
  options: ScoreOptions,
  score: FileScore,
): void {
  const predicted = article === null ? [] : listPredictedQuotes(article);
  for (const want of label.quotes ?? []) {
    const got = findMatch(predicted, quoteKey(want.text));
    if (got === undefined) {
      score[want.kind].fn++;
      score.failures.push({ kind: `${want.kind} missed`, excerpt: clipExcerpt(want.text) });
      continue;
    }
    got.used = true;
    if (got.kind !== want.kind) {
      score[want.kind].fn++;
      score[got.kind].fp++;
      score.failures.push({
        kind: 'kind confused',
        excerpt: clipExcerpt(want.text),
        detail: `got ${got.kind}, want ${want.kind}`,
      });
      continue;
    }
    score[want.kind].tp++;
    if (want.kind === 'direct') scoreSpeaker(want, got, options, score);
  }
  for (const extra of predicted.filter((p) => !p.used)) {
    score[extra.kind].fp++;
    score.failures.push({
      kind: 'extra quote',
      // Labels store the text between the marks, so the excerpt does too.
      excerpt: clipExcerpt(extra.text.replace(MARKS, '')),
      detail: extra.kind,
    });
  }
}

/** Scores one article (or a missing one) against its label. */
export function scoreFile(
  label: Label,
  article: Article | null,
  options: ScoreOptions = { emptySpeaker: 'none' },
): FileScore {
  const failures: Failure[] = [];
  if (article === null) failures.push({ kind: 'no article', excerpt: '' });
  const paragraphs = article?.paragraphs.map((p) => p.text) ?? [];
  const keys = new Set(paragraphs.map(lineKey));
  const noise = label.noise ?? [];
  const noiseKept = noise.filter((line) => keys.has(lineKey(normaliseLine(line))));
  for (const line of noiseKept) failures.push({ kind: 'noise kept', excerpt: clipExcerpt(line) });

  let title: boolean | null = null;
  if (typeof label.title === 'string') {
    // A leading bullet is page decoration, not part of the headline (corpus rule).
    const want = normaliseLine(label.title.replace(/^•\s*/u, ''));
    title = article !== null && normaliseLine(article.title) === want;
    if (!title)
      failures.push({
        kind: 'title wrong',
        excerpt: clipExcerpt(article?.title ?? ''),
        detail: `want ${clipExcerpt(want)}`,
      });
  }

  const score: FileScore = {
    file: label.file,
    title,
    paragraphs: scoreParagraphs(label, paragraphs, failures),
    noiseLabelled: noise.length,
    noiseKept,
    metadata: scoreMetadata(label, article, failures),
    direct: { tp: 0, fp: 0, fn: 0 },
    scare: { tp: 0, fp: 0, fn: 0 },
    speakers: { named: 0, correct: 0, given: 0, unattributed: 0, unattributedKept: 0 },
    failures,
  };
  scoreQuotes(label, article, options, score);
  return score;
}

export interface QuoteSummary extends QuoteCounts {
  /** `null` when nothing was labelled or predicted. */
  f1: number | null;
}

export interface Summary {
  files: number;
  /** Files whose label scores the title. */
  titleScored: number;
  title: number | null;
  paragraphs: number | null;
  metadata: number | null;
  noiseKept: number;
  noiseLabelled: number;
  /** Kept noise lines as a share of labelled noise lines; `null` when none is labelled. */
  noiseKeptShare: number | null;
  direct: QuoteSummary;
  scare: QuoteSummary;
  speakers: SpeakerCounts;
  speakerAccuracy: number | null;
  speakerPrecision: number | null;
  speakerRecall: number | null;
  abstentions: number;
}

const divide = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function summariseQuotes(counts: QuoteCounts): QuoteSummary {
  const { tp, fp, fn } = counts;
  return { tp, fp, fn, f1: divide(2 * tp, 2 * tp + fp + fn) };
}

/** Mean of the values that are scored; `null` when none is. */
function averageScored(values: readonly (number | null)[]): number | null {
  const scored = values.filter((value) => value !== null);
  return divide(
    scored.reduce((a, b) => a + b, 0),
    scored.length,
  );
}

/** Totals over a corpus: rates averaged per scored file, quote counts pooled over files. */
export function summarise(scores: readonly FileScore[]): Summary {
  const sum = (pick: (s: FileScore) => number): number => scores.reduce((a, s) => a + pick(s), 0);
  const totalQuotes = (kind: 'direct' | 'scare'): QuoteCounts => ({
    tp: sum((s) => s[kind].tp),
    fp: sum((s) => s[kind].fp),
    fn: sum((s) => s[kind].fn),
  });
  const speakers: SpeakerCounts = {
    named: sum((s) => s.speakers.named),
    correct: sum((s) => s.speakers.correct),
    given: sum((s) => s.speakers.given),
    unattributed: sum((s) => s.speakers.unattributed),
    unattributedKept: sum((s) => s.speakers.unattributedKept),
  };
  const titles = scores.flatMap((s) => (s.title === null ? [] : [Number(s.title)]));
  const noiseKept = sum((s) => s.noiseKept.length);
  const noiseLabelled = sum((s) => s.noiseLabelled);
  const wronglyGiven = speakers.unattributed - speakers.unattributedKept;
  return {
    files: scores.length,
    titleScored: titles.length,
    title: averageScored(titles),
    paragraphs: averageScored(scores.map((s) => s.paragraphs)),
    metadata: averageScored(scores.map((s) => s.metadata)),
    noiseKept,
    noiseLabelled,
    noiseKeptShare: divide(noiseKept, noiseLabelled),
    direct: summariseQuotes(totalQuotes('direct')),
    scare: summariseQuotes(totalQuotes('scare')),
    speakers,
    speakerAccuracy: divide(
      speakers.correct + speakers.unattributedKept,
      speakers.named + speakers.unattributed,
    ),
    speakerPrecision: divide(speakers.correct, speakers.given + wronglyGiven),
    speakerRecall: divide(speakers.correct, speakers.named),
    abstentions: speakers.named - speakers.given,
  };
}
