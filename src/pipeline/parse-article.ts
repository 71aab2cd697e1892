// The pipeline's one entry: raw scraped text in, clean attributed article out. Pure: no I/O,
// no clock, no randomness, so the same input always gives the same output.
import { clearMemos } from './memo.ts';
import { baseId } from './ids.ts';
import { detectLanguage } from './language.ts';
import { deriveTitle, readAuthorLine, splitGluedEditorTag } from './metadata.ts';
import { normaliseLine, splitLines } from './normalise.ts';
import { readPublished } from './published.ts';
import { readQuotes } from './quotes.ts';
import { removeRepeats } from './repeats.ts';
import { countWords, makeExcerpt, readingMinutes } from './stats.ts';
import { readStructure } from './structure.ts';
import type { Article, ParseResult, Warning } from './types.ts';

/** Longest line kept whole; longer lines (minified junk, binary) are cut. */
const MAX_LINE_CHARS = 100_000;
/** Re-reading rounds before the body is taken as settled (one is almost always enough). */
const MAX_SETTLE_ROUNDS = 4;
/** Share of replacement/control characters above which a file is treated as binary. */
const MAX_GARBAGE_RATIO = 0.1;

function isBinary(raw: string): boolean {
  const sample = raw.slice(0, 4096);
  if (sample.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const garbage = sample.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/gu)?.length ?? 0;
  return garbage / sample.length > MAX_GARBAGE_RATIO;
}

/** Repeats removed and a glued editor tag ("… (dis/wis)") cut from the last paragraph. */
function cleanBody(lines: readonly string[]): { body: string[]; tag: string | undefined } {
  const body = removeRepeats(lines);
  const last = body.length - 1;
  const glued = last >= 0 ? splitGluedEditorTag(body[last] ?? '') : null;
  if (glued === null) return { body, tag: undefined };
  // Cutting the tag can leave a space before the final stop ("… kota .(min)").
  body[last] = normaliseLine(glued.text);
  return { body, tag: glued.editor };
}

/**
 * Positional rules (header matter under the headline, teasers at the end, a dateline on the
 * first paragraph) look at a line's
 * neighbours, and removing noise, repeats and tags changes the neighbours. Re-reading the
 * cleaned article until nothing changes makes the output a fixed point: parsing it again is
 * a no-op.
 */
function settleBody(
  title: string | null,
  lines: readonly string[],
): { body: string[]; tag: string | undefined } {
  const first = cleanBody(lines);
  if (title === null) return first;
  let current = first.body;
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
    const next = cleanBody(readStructure([title, ...current], true, true).body).body;
    if (next.length === current.length && next.every((line, i) => line === current[i])) break;
    current = next;
  }
  return { body: current, tag: first.tag };
}

/** The writer named on a byline outside the body (above or below it), if any. */
function findAuthor(lines: readonly string[], body: readonly string[]): string | undefined {
  const inBody = new Set(body);
  for (const line of lines) {
    if (inBody.has(line)) continue;
    const author = readAuthorLine(line);
    if (author !== null) return author;
  }
  return undefined;
}

/** Turns one raw scraped file into an article; `file` is the seed's name (for ids and messages). */
export function parseArticle(raw: string, file: string): ParseResult {
  clearMemos();
  const warnings: Warning[] = [];
  if (isBinary(raw)) {
    return {
      article: null,
      warnings: [{ code: 'binary', message: 'looks like a binary file, not text' }],
    };
  }
  const lines = splitLines(raw).map((line) => {
    if (line.length <= MAX_LINE_CHARS) return line;
    warnings.push({
      code: 'truncated-line',
      message: `a ${line.length}-character line was cut to ${MAX_LINE_CHARS}`,
    });
    return line.slice(0, MAX_LINE_CHARS);
  });
  if (lines.length === 0) {
    return { article: null, warnings: [{ code: 'empty', message: 'the file is empty' }] };
  }
  const structure = readStructure(lines);
  // A trailing tag (on its own line or glued to the last paragraph) names the editor; an
  // "Editor:" line counts only when there is no tag.
  let editor = structure.editor ?? undefined;
  const { body, tag } = settleBody(structure.title, structure.body);
  editor ??= tag ?? structure.editorLine ?? undefined;
  if (body.length === 0) {
    return {
      article: null,
      warnings: [
        { code: 'no-body', message: 'no article text found (only a title or site chrome)' },
      ],
    };
  }
  let title = structure.title;
  if (title === null) {
    title = deriveTitle(body[0] ?? '');
    warnings.push({
      code: 'title-derived',
      message: 'no headline found; the title was taken from the lead',
    });
  }
  const lang = detectLanguage(`${title}\n${body.join('\n')}`);
  const { quotes, speakers } = readQuotes(body, lang, structure.dateline?.place);
  const published = readPublished(
    {
      header: structure.header,
      preTitle: structure.preTitle,
      body,
      title: structure.title,
      lines,
      datelineDate: structure.dateline?.date,
    },
    warnings,
  );
  const wordCount = body.reduce((sum, text) => sum + countWords(text), 0);
  const place = structure.dateline?.place;
  const outlet = structure.dateline?.outlet;
  const author = findAuthor(lines, body);
  const article: Article = {
    id: baseId(title, file),
    source: file,
    title,
    lang,
    ...(place !== undefined ? { dateline: place } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(editor !== undefined ? { editor } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(author !== undefined ? { author } : {}),
    excerpt: makeExcerpt(body),
    wordCount,
    readingMinutes: readingMinutes(wordCount, lang),
    speakers,
    paragraphs: body.map((text, i) => ({ text, quotes: quotes[i] ?? [] })),
  };
  return { article, warnings };
}
