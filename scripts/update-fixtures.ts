// `npm run fixtures`: regenerates test/fixtures/<case>/expected.json from input.txt.
// Review every diff by eye before committing: the expected files are the pipeline's spec.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeSeed } from '../src/build/decode.ts';
import { parseArticle } from '../src/pipeline/index.ts';

const root = path.resolve('test/fixtures');
const only = process.argv[2];
for (const name of (await readdir(root)).sort()) {
  if (only !== undefined && name !== only) continue;
  const dir = path.join(root, name);
  const input = await readFile(path.join(dir, 'input.txt')).catch(() => null);
  if (input === null) continue;
  const result = parseArticle(decodeSeed(new Uint8Array(input)), 'input.txt');
  await writeFile(path.join(dir, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${name}: ${result.article === null ? 'no article' : `${result.article.paragraphs.length} paragraphs`}`,
  );
}
