// `npm run eval:html -- DIR [DIR …]`: how Baca's reading of HTML pages agrees with Mozilla
// Readability's on the same pages (the targets of issue 11): the same title, the share of
// Readability's body words Baca keeps (recall), the share of Baca's words that are in
// Readability's body (precision), and the published date where the page declares one.
// Words are compared as bags (each occurrence counts once), lower case.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtml, isHtmlName, parseHtmlSeed, readPageMetadata } from '../src/build/html-seed.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const bag = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(WORD) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
};
const total = (counts: Map<string, number>): number =>
  [...counts.values()].reduce((sum, n) => sum + n, 0);
const overlap = (a: Map<string, number>, b: Map<string, number>): number =>
  [...a].reduce((sum, [word, n]) => sum + Math.min(n, b.get(word) ?? 0), 0);
const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => isHtmlName(file) && statSync(file).isFile())
    .sort();

const files = process.argv.slice(2).flatMap(pagesIn);
if (files.length === 0) {
  console.error('usage: npm run eval:html -- DIR [DIR …] (folders of .html pages)');
  process.exit(1);
}
let titles = 0;
let dated = 0;
let datesRight = 0;
let kept = 0;
let readabilityWords = 0;
let bacaWords = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const { document } = parseHTML(decodeHtml(bytes));
  const declared = readPageMetadata(document).published;
  const reference = new Readability(document).parse();
  const { article } = parseHtmlSeed(bytes, path.basename(file));
  const theirs = bag(reference?.textContent ?? '');
  const ours = bag(article === null ? '' : article.paragraphs.map((p) => p.text).join('\n'));
  const same = overlap(ours, theirs);
  kept += same;
  readabilityWords += total(theirs);
  bacaWords += total(ours);
  const titleRight = article !== null && article.title === (reference?.title ?? '').trim();
  if (titleRight) titles++;
  if (declared !== undefined) {
    dated++;
    if (article?.published === declared) datesRight++;
  }
  console.log(
    `${path.relative(process.cwd(), file)}: recall ${(same / Math.max(1, total(theirs))).toFixed(3)}, precision ${(same / Math.max(1, total(ours))).toFixed(3)}${titleRight ? '' : `, title "${article?.title ?? '∅'}" vs "${reference?.title ?? '∅'}"`}`,
  );
}
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(`\npages ${files.length}`);
console.log(`title as Readability's   ${ratio(titles, files.length)}`);
console.log(`Readability words kept   ${ratio(kept, readabilityWords)}  (target ≥ 0.93)`);
console.log(`kept words in its body   ${ratio(kept, bacaWords)}  (target ≥ 0.95)`);
console.log(`declared date read       ${ratio(datesRight, dated)} (${dated} pages declare one)`);
