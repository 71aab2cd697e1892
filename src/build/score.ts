// Scoring pipeline output against labels in the format of the evaluation corpus
// (see README "Evaluating the pipeline"). Node-free so tests can use it too.
import type { Article } from '../pipeline/types.ts';
import { lineKey, normaliseLine } from '../pipeline/normalise.ts';

export interface LabelQuote {
  text: string;
  kind: 'direct' | 'scare';
  speaker?: string[];
}

export interface Label {
  file: string;
  lang: string;
  title: string;
  dateline: string | null;
  published: string | null;
  editor: string | null;
  noise: string[];
  paragraphCount: number;
  firstParagraphStart: string;
  lastParagraphStart: string;
  quotes: LabelQuote[];
}

export interface FileScore {
  file: string;
  title: boolean;
  paragraphs: number;
  noiseKept: string[];
  metadata: number;
  metadataMisses: string[];
  direct: { tp: number; fp: number; fn: number };
  scare: { tp: number; fp: number; fn: number };
  speakers: { correct: number; total: number; misses: string[] };
  quoteMisses: string[];
}

const MARKS = /^[\s"“”„«»‘’'‚‹›]+|[\s"“”„«»‘’'‚‹›.,;:!?…]+$/gu;
const quoteKey = (text: string): string => normaliseLine(text).replace(MARKS, '').toLowerCase();

interface Predicted {
  key: string;
  kind: 'direct' | 'scare';
  speaker: string | undefined;
  used: boolean;
}

function predictedQuotes(article: Article): Predicted[] {
  return article.paragraphs.flatMap((p) =>
    p.quotes.map((q) => ({
      key: quoteKey(p.text.slice(q.start, q.end)),
      kind: q.kind,
      speaker: q.speaker,
      used: false,
    })),
  );
}

/** Scores one article (or a missing one) against its label. */
export function scoreFile(label: Label, article: Article | null): FileScore {
  const paragraphs = article?.paragraphs.map((p) => p.text) ?? [];
  const keys = new Set(paragraphs.map(lineKey));
  const noiseKept = label.noise.filter((line) => keys.has(lineKey(normaliseLine(line))));
  const first = paragraphs[0] ?? '';
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const paragraphScore =
    (Number(paragraphs.length === label.paragraphCount) +
      Number(first.startsWith(label.firstParagraphStart)) +
      Number(last.startsWith(label.lastParagraphStart))) /
    3;
  const fields: [string, unknown, unknown][] = [
    ['lang', article?.lang, label.lang],
    ['dateline', article?.dateline ?? null, label.dateline],
    ['published', article?.published ?? null, label.published],
    ['editor', article?.editor ?? null, label.editor],
  ];
  const metadataMisses = fields
    .filter(([, got, want]) => got !== want)
    .map(([name, got, want]) => `${name}: got ${String(got)}, want ${String(want)}`);
  const predicted = article === null ? [] : predictedQuotes(article);
  const score: FileScore = {
    file: label.file,
    title:
      article !== null &&
      normaliseLine(article.title) === normaliseLine(label.title.replace(/^•\s*/u, '')),
    paragraphs: paragraphScore,
    noiseKept,
    metadata: (fields.length - metadataMisses.length) / fields.length,
    metadataMisses,
    direct: { tp: 0, fp: 0, fn: 0 },
    scare: { tp: 0, fp: 0, fn: 0 },
    speakers: { correct: 0, total: 0, misses: [] },
    quoteMisses: [],
  };
  for (const want of label.quotes) {
    const key = quoteKey(want.text);
    const got =
      predicted.find((p) => !p.used && p.key === key) ??
      predicted.find(
        (p) => !p.used && (p.key.includes(key) || key.includes(p.key)) && p.key.length > 0,
      );
    const bucket = score[want.kind];
    if (got === undefined || got.kind !== want.kind) {
      bucket.fn++;
      score.quoteMisses.push(
        `${want.kind} missed${got ? ` (got ${got.kind})` : ''}: ${want.text.slice(0, 50)}`,
      );
      if (got !== undefined) got.used = true;
      if (got !== undefined) score[got.kind].fp++;
      continue;
    }
    got.used = true;
    bucket.tp++;
    if (want.kind === 'direct') {
      score.speakers.total++;
      const wanted = (want.speaker ?? []).map((s) => s.toLowerCase());
      const ok =
        wanted.length === 0
          ? got.speaker === undefined
          : wanted.includes((got.speaker ?? '').toLowerCase());
      if (ok) score.speakers.correct++;
      else
        score.speakers.misses.push(
          `got ${got.speaker ?? '∅'}, want ${wanted.join('|') || '∅'}: ${want.text.slice(0, 40)}`,
        );
    }
  }
  for (const extra of predicted.filter((p) => !p.used)) {
    score[extra.kind].fp++;
    score.quoteMisses.push(`extra ${extra.kind}: ${extra.key.slice(0, 50)}`);
  }
  return score;
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number =>
  tp === 0 ? (fp === 0 && fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);

export interface Summary {
  files: number;
  title: number;
  paragraphs: number;
  noiseKept: number;
  metadata: number;
  directF1: number;
  scareF1: number;
  speaker: number;
}

/** Totals over a corpus: rates averaged per file, F1 over all quotes. */
export function summarise(scores: readonly FileScore[]): Summary {
  const n = Math.max(1, scores.length);
  const sum = (pick: (s: FileScore) => number): number => scores.reduce((a, s) => a + pick(s), 0);
  const total = (kind: 'direct' | 'scare') => ({
    tp: sum((s) => s[kind].tp),
    fp: sum((s) => s[kind].fp),
    fn: sum((s) => s[kind].fn),
  });
  const speakerTotal = sum((s) => s.speakers.total);
  return {
    files: scores.length,
    title: sum((s) => Number(s.title)) / n,
    paragraphs: sum((s) => s.paragraphs) / n,
    noiseKept: sum((s) => s.noiseKept.length),
    metadata: sum((s) => s.metadata) / n,
    directF1: f1(total('direct')),
    scareF1: f1(total('scare')),
    speaker: speakerTotal === 0 ? 1 : sum((s) => s.speakers.correct) / speakerTotal,
  };
}
