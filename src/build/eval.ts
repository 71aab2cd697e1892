// `npm run eval -- DIR [DIR ...] [--verbose] [--by-file] [--json]`: scores the pipeline against
// labelled corpora (DIR/raw/*.txt and DIR/labels/*.json) and prints one table with a column per
// folder and a row per metric (definitions in score.ts).
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../pipeline/index.ts';
import { decodeSeed } from './decode.ts';
import {
  FAILURE_KINDS,
  scoreFile,
  summarise,
  type Failure,
  type FileScore,
  type Label,
  type ScoreOptions,
  type Summary,
} from './score.ts';

const USAGE = `usage: npm run eval -- DIR [DIR ...] [--verbose] [--by-file] [--json]
                      [--empty-speaker-unscored=DIR]
  DIR holds raw/<name>.txt and labels/<name>.json; each DIR gets one column.
  --verbose                     after the table, list failures grouped by kind
  --by-file                     after the table, list failures file by file
  --json                        print the summary (and with --verbose/--by-file, the failures) as JSON
  --empty-speaker-unscored=DIR  in DIR, a speaker list [] means "not annotated" (PFSA) rather
                                than "no speaker"; DIR is scored too`;

interface CliOptions {
  dirs: string[];
  unscoredEmptySpeaker: Set<string>;
  verbose: boolean;
  byFile: boolean;
  json: boolean;
}

interface CorpusResult {
  dir: string;
  name: string;
  emptySpeaker: ScoreOptions['emptySpeaker'];
  scores: FileScore[];
  summary: Summary;
}

const EMPTY_SPEAKER_FLAG = '--empty-speaker-unscored=';

/** Reads the command line; returns an error message instead when it is unusable. */
function parseArgs(args: readonly string[]): CliOptions | string {
  const options: CliOptions = {
    dirs: [],
    unscoredEmptySpeaker: new Set(),
    verbose: false,
    byFile: false,
    json: false,
  };
  const addDir = (dir: string): void => {
    if (!options.dirs.some((known) => path.resolve(known) === path.resolve(dir)))
      options.dirs.push(dir);
  };
  for (const arg of args) {
    if (arg === '--verbose') options.verbose = true;
    else if (arg === '--by-file') options.byFile = true;
    else if (arg === '--json') options.json = true;
    else if (arg.startsWith(EMPTY_SPEAKER_FLAG) && arg.length > EMPTY_SPEAKER_FLAG.length) {
      const dir = arg.slice(EMPTY_SPEAKER_FLAG.length);
      options.unscoredEmptySpeaker.add(path.resolve(dir));
      addDir(dir);
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else addDir(arg);
  }
  return options.dirs.length === 0 ? 'no DIR given' : options;
}

function parseLabel(json: unknown, where: string): Label {
  const label = json as Partial<Label> | null;
  if (typeof label !== 'object' || label === null || typeof label.file !== 'string')
    throw new Error(`${where}: not a label (needs a "file" string)`);
  if (label.quotes !== undefined && !Array.isArray(label.quotes))
    throw new Error(`${where}: "quotes" is not a list`);
  if (label.noise !== undefined && !Array.isArray(label.noise))
    throw new Error(`${where}: "noise" is not a list`);
  return label as Label;
}

async function scoreCorpus(
  dir: string,
  name: string,
  emptySpeaker: ScoreOptions['emptySpeaker'],
): Promise<CorpusResult> {
  const labelDir = path.join(dir, 'labels');
  const names = (await readdir(labelDir)).filter((file) => file.endsWith('.json')).sort();
  const scores: FileScore[] = [];
  for (const labelName of names) {
    const labelPath = path.join(labelDir, labelName);
    const label = parseLabel(JSON.parse(await readFile(labelPath, 'utf8')), labelPath);
    const raw = decodeSeed(await readFile(path.join(dir, 'raw', label.file)));
    const { article } = parseArticle(raw, label.file);
    scores.push(scoreFile(label, article, { emptySpeaker }));
  }
  return { dir, name, emptySpeaker, scores, summary: summarise(scores) };
}

/** Column names: the last two path segments, which tell corpus/ from pfsa/dev apart. */
function nameColumns(dirs: readonly string[]): string[] {
  const names = dirs.map((dir) => path.resolve(dir).split(path.sep).slice(-2).join('/'));
  // Two folders with the same tail still need distinct headings.
  return names.map((name, i) => (names.indexOf(name) === i ? name : `${name} (${i + 1})`));
}

const formatRate = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3));
/** A rate with the counts behind it, e.g. `0.734 (91/124)`. */
const formatRatio = (value: number | null, part: number, whole: number): string =>
  value === null ? 'n/a' : `${value.toFixed(3)} (${part}/${whole})`;
const formatPercent = (value: number | null): string =>
  value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;

const ROWS: readonly [string, (s: Summary) => string][] = [
  ['files', (s) => String(s.files)],
  ['title', (s) => formatRate(s.title)],
  ['paragraphs', (s) => formatRate(s.paragraphs)],
  ['noise kept', (s) => `${s.noiseKept} (${formatPercent(s.noiseKeptShare)})`],
  ['metadata', (s) => formatRate(s.metadata)],
  ['direct F1', (s) => formatRate(s.direct.f1)],
  ['scare F1', (s) => formatRate(s.scare.f1)],
  [
    'speaker accuracy',
    ({ speakers: c, speakerAccuracy }) =>
      formatRatio(speakerAccuracy, c.correct + c.unattributedKept, c.named + c.unattributed),
  ],
  [
    'speaker precision',
    ({ speakers: c, speakerPrecision }) =>
      formatRatio(speakerPrecision, c.correct, c.given + c.unattributed - c.unattributedKept),
  ],
  [
    'speaker recall',
    ({ speakers: c, speakerRecall }) => formatRatio(speakerRecall, c.correct, c.named),
  ],
  ['abstentions', (s) => String(s.abstentions)],
];

function formatTable(results: readonly CorpusResult[]): string {
  const headings = results.map((r) => (r.emptySpeaker === 'unscored' ? `${r.name} *` : r.name));
  const cells = ROWS.map(([metric, show]) => [metric, ...results.map((r) => show(r.summary))]);
  const table = [['', ...headings], ...cells];
  const widths = (table[0] ?? []).map((_, col) =>
    Math.max(...table.map((row) => (row[col] ?? '').length)),
  );
  const lines = table.map((row) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  if (results.some((r) => r.emptySpeaker === 'unscored'))
    lines.push('* speaker lists [] count as "not annotated": quote finding only');
  return lines.join('\n');
}

function formatFailure(failure: Failure): string {
  const detail = failure.detail ?? '';
  const excerpt = failure.excerpt === '' ? '' : `"${failure.excerpt}"`;
  return [detail, excerpt].filter((part) => part !== '').join(' — ');
}

const KIND_HEADINGS: Partial<Record<Failure['kind'], string>> = {
  'speaker wrong': 'speaker wrong (got X, want Y)',
  'extra quote': 'extra quote (predicted kind)',
  'kind confused': 'kind confused (got X, want Y)',
};

function formatByKind(results: readonly CorpusResult[]): string {
  const where = (result: CorpusResult, file: string): string =>
    results.length > 1 ? `${result.name}/${file}` : file;
  const sections: string[] = [];
  for (const kind of FAILURE_KINDS) {
    const lines = results.flatMap((result) =>
      result.scores.flatMap((score) =>
        score.failures
          .filter((failure) => failure.kind === kind)
          .map((failure) => `  ${where(result, score.file)}: ${formatFailure(failure)}`),
      ),
    );
    if (lines.length > 0)
      sections.push([`${KIND_HEADINGS[kind] ?? kind}: ${lines.length}`, ...lines].join('\n'));
  }
  return sections.length === 0 ? 'no failures' : sections.join('\n\n');
}

function formatByFile(results: readonly CorpusResult[]): string {
  return results
    .flatMap((result) =>
      result.scores.map((score) =>
        [
          `${score.failures.length === 0 ? 'ok  ' : 'FAIL'} ${result.name}/${score.file}`,
          ...score.failures.map((failure) => `     ${failure.kind}: ${formatFailure(failure)}`),
        ].join('\n'),
      ),
    )
    .join('\n');
}

function formatJson(results: readonly CorpusResult[], withFailures: boolean): string {
  const corpora = results.map((result) => ({
    dir: result.dir,
    name: result.name,
    emptySpeaker: result.emptySpeaker,
    summary: result.summary,
    ...(withFailures
      ? {
          failures: result.scores.flatMap((score) =>
            score.failures.map((failure) => ({ file: score.file, ...failure })),
          ),
        }
      : {}),
  }));
  return JSON.stringify({ corpora }, null, 2);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`eval: ${options}\n${USAGE}`);
    process.exit(2);
  }
  const names = nameColumns(options.dirs);
  const results: CorpusResult[] = [];
  for (const [i, dir] of options.dirs.entries()) {
    // Converted annotation sets (PFSA-ID) ship a manifest.json, and their README says `[]` means
    // "the annotators did not tag this speaker": scored for quote finding only.
    const converted = existsSync(path.join(dir, 'manifest.json'));
    const emptySpeaker =
      converted || options.unscoredEmptySpeaker.has(path.resolve(dir)) ? 'unscored' : 'none';
    results.push(await scoreCorpus(dir, names[i] ?? dir, emptySpeaker));
  }
  if (options.json) {
    console.log(formatJson(results, options.verbose || options.byFile));
    return;
  }
  const blocks = [formatTable(results)];
  if (options.verbose) blocks.push(formatByKind(results));
  if (options.byFile) blocks.push(formatByFile(results));
  console.log(blocks.join('\n\n'));
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
