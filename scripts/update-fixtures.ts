// `npm run fixtures [case] [--dry-run] [--force]`: regenerates test/fixtures/<case>/expected.json
// from input.txt. Before writing, prints per case what changes (headline, metadata, paragraphs,
// quotes, speakers) and whether the new output satisfies the case's hand-written checks.json.
// --dry-run only prints. Two kinds of file are not overwritten with output that fails
// checks.json (unless --force): a missing expected.json (no snapshot of a wrong answer is
// created) and one marked "snapshot" in "knownGap" (corrected by hand to the right answer).
// Review every diff by eye before committing. See test/fixtures/README.md.
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSeed } from '../src/build/decode.ts';
import { parseArticle } from '../src/pipeline/index.ts';
import type { ParseResult } from '../src/pipeline/types.ts';
import { diffResults } from './fixture-diff.ts';
import { parseChecks, runChecks, type Checks } from './fixture-checks.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const force = args.includes('--force');
const only = args.find((arg) => !arg.startsWith('--'));
const root = path.resolve('test/fixtures');

async function readJson(file: string): Promise<unknown> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as unknown) : null;
}

/** Check lines for one case, and whether every check holds. */
function checkReport(checks: Checks | null, result: ParseResult): { lines: string[]; ok: boolean } {
  if (checks === null) return { lines: ['  ! no checks.json: write one by hand'], ok: true };
  const gaps = new Set(checks.knownGap ?? []);
  const lines: string[] = [];
  let ok = true;
  for (const [assertion, failure] of runChecks(checks, result.article)) {
    if (failure !== null) {
      ok = false;
      const note = gaps.has(assertion) ? 'known gap' : 'NEW: not in knownGap';
      lines.push(`  ✗ checks ${assertion}: ${failure}  (${note})`);
    } else if (gaps.has(assertion)) {
      lines.push(`  ✓ checks ${assertion} holds now: drop it from knownGap and KNOWN_GAP.md`);
    }
  }
  if (ok && gaps.has('snapshot'))
    lines.push('  ✓ all checks hold: drop "snapshot" from knownGap once this is written');
  return { lines, ok };
}

let changed = 0;
let kept = 0;
let failing = 0;
const names = (await readdir(root, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && (only === undefined || entry.name === only))
  .map((entry) => entry.name)
  .sort();
if (names.length === 0) console.error(`no fixture ${only ?? ''} in ${root}`);
for (const name of names) {
  const dir = path.join(root, name);
  const input = await readFile(path.join(dir, 'input.txt')).catch(() => null);
  if (input === null) continue;
  const expectedFile = path.join(dir, 'expected.json');
  const before = (await readJson(expectedFile)) as ParseResult | null;
  const checksFile = path.join(dir, 'checks.json');
  const checks = existsSync(checksFile)
    ? parseChecks(await readFile(checksFile, 'utf8'), checksFile)
    : null;
  const result = JSON.parse(
    JSON.stringify(parseArticle(decodeSeed(new Uint8Array(input)), 'input.txt')),
  ) as ParseResult;
  const diff = diffResults(before, result);
  const report = checkReport(checks, result);
  if (!report.ok) failing++;
  if (diff.length === 0 && report.lines.length === 0) continue;
  console.log(`${name}${diff.length === 0 ? ': snapshot unchanged' : ':'}`);
  for (const line of [...diff, ...report.lines]) console.log(line);
  if (diff.length === 0) continue;
  const guarded = before === null || (checks?.knownGap ?? []).includes('snapshot');
  if (guarded && !report.ok && !force) {
    const why = before === null ? 'not created' : 'kept (corrected by hand)';
    console.log(`  → expected.json ${why}: the new output fails checks.json (--force to write)`);
    kept++;
    continue;
  }
  changed++;
  if (dryRun) continue;
  await writeFile(expectedFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log('  → expected.json written');
}
console.log(
  `${names.length} case(s): ${changed} snapshot(s) ${dryRun ? 'would be written' : 'written'}, ` +
    `${kept} kept, ${failing} failing checks.json${dryRun ? ' (dry run: nothing written)' : ''}`,
);
