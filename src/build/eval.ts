// `npm run eval -- DIR [--verbose]`: scores the pipeline against a labelled corpus
// (DIR/raw/*.txt and DIR/labels/*.json) and prints one line per metric.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../pipeline/index.ts';
import { decodeSeed } from './decode.ts';
import { scoreFile, summarise, type FileScore, type Label } from './score.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith('--'));
  const verbose = args.includes('--verbose');
  if (dir === undefined) {
    console.error('usage: npm run eval -- DIR [--verbose]   (DIR holds raw/ and labels/)');
    process.exit(2);
  }
  const labelDir = path.join(dir, 'labels');
  const names = (await readdir(labelDir)).filter((name) => name.endsWith('.json')).sort();
  const scores: FileScore[] = [];
  for (const name of names) {
    const label = JSON.parse(await readFile(path.join(labelDir, name), 'utf8')) as Label;
    const raw = decodeSeed(await readFile(path.join(dir, 'raw', label.file)));
    const { article } = parseArticle(raw, label.file);
    const score = scoreFile(label, article);
    scores.push(score);
    if (verbose) printFile(score);
  }
  const s = summarise(scores);
  const pct = (x: number): string => x.toFixed(3);
  console.log(`files        ${s.files}`);
  console.log(`title        ${pct(s.title)}`);
  console.log(`paragraphs   ${pct(s.paragraphs)}`);
  console.log(`noise kept   ${s.noiseKept}`);
  console.log(`metadata     ${pct(s.metadata)}`);
  console.log(`direct F1    ${pct(s.directF1)}`);
  console.log(`scare F1     ${pct(s.scareF1)}`);
  console.log(`speaker      ${pct(s.speaker)}`);
}

function printFile(score: FileScore): void {
  const problems = [
    ...(score.title ? [] : ['title wrong']),
    ...(score.paragraphs < 1 ? [`paragraphs ${score.paragraphs.toFixed(2)}`] : []),
    ...score.noiseKept.map((line) => `noise kept: ${line.slice(0, 60)}`),
    ...score.metadataMisses,
    ...score.quoteMisses,
    ...score.speakers.misses.map((miss) => `speaker ${miss}`),
  ];
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${score.file}`);
  for (const problem of problems) console.log(`     ${problem}`);
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
