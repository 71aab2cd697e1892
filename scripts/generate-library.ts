// `tsx scripts/generate-library.ts --count 10000 --out DIR`: a folder of N seed files made from
// the project's own golden fixtures (test/fixtures/*/input.txt), each headline given a unique
// number so every generated article has its own title. For scale tests and benchmarks.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSeed } from '../src/build/decode.ts';

const FIXTURES_DIR = 'test/fixtures';

/** A fixture usable as a template: its text split at the headline line. */
interface Template {
  name: string;
  before: string;
  headline: string;
  after: string;
}

/** Fixtures whose expected title is a whole line of the input (derived titles are skipped). */
export function readTemplates(root = FIXTURES_DIR): Template[] {
  const templates: Template[] = [];
  for (const name of readdirSync(root).sort()) {
    const input = path.join(root, name, 'input.txt');
    const expected = path.join(root, name, 'expected.json');
    if (!existsSync(input) || !existsSync(expected)) continue;
    const text = decodeSeed(new Uint8Array(readFileSync(input))).replace(/\r\n?/g, '\n');
    const title = (JSON.parse(readFileSync(expected, 'utf8')) as { article?: { title?: string } })
      .article?.title;
    if (title === undefined) continue;
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.trim() === title);
    if (at < 0) continue;
    templates.push({
      name,
      before: lines.slice(0, at).join('\n'),
      headline: title,
      after: lines.slice(at + 1).join('\n'),
    });
  }
  return templates;
}

/** The title the generated article number `n` (1-based) gets. */
export function generatedTitle(headline: string, n: number): string {
  return `${headline} (${n})`;
}

/** The seed files: name → text, round-robin over the templates. */
export function generateSeeds(count: number, templates = readTemplates()): Map<string, string> {
  if (templates.length === 0) throw new Error(`no usable fixtures in ${FIXTURES_DIR}`);
  const width = String(count).length;
  const seeds = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    if (template === undefined) continue;
    const n = i + 1;
    const head = template.before === '' ? '' : `${template.before}\n`;
    const text = `${head}${generatedTitle(template.headline, n)}\n${template.after}`;
    seeds.set(`${String(n).padStart(width, '0')}-${template.name}.txt`, text);
  }
  return seeds;
}

/** Writes `count` seeds into `out`, replacing what was there. */
export async function writeGeneratedLibrary(count: number, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const seeds = generateSeeds(count);
  const entries = [...seeds];
  // Bounded parallel writes: fast, without opening 10,000 files at once.
  for (let i = 0; i < entries.length; i += 200) {
    await Promise.all(
      entries.slice(i, i + 200).map(([name, text]) => writeFile(path.join(out, name), text)),
    );
  }
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      out: { type: 'string', default: '/tmp/baca-library' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`--count: not a number: ${values.count}`);
  await writeGeneratedLibrary(count, values.out);
  console.log(`${count} seed files written to ${values.out}`);
}
