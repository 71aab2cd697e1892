// Quotes exported for use elsewhere: Markdown to read, CSV for spreadsheets (RFC 4180, UTF-8
// with a byte-order mark so spreadsheet apps read Indonesian text right) and JSON for programs.
// Each quote carries its speaker, kind, text and source. Pure.
import type { Article } from './types.ts';

export interface ExportedQuote {
  /** Who said it; null for scare quotes and quotes no one is credited with. */
  speaker: string | null;
  kind: 'direct' | 'scare';
  /** The quotation as printed, marks included. */
  text: string;
  title: string;
  outlet: string | null;
  /** ISO date. */
  published: string | null;
  /** The original article where known, else the article's page in Baca. */
  link: string;
}

export type ExportFormat = 'md' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'csv', 'json'];

/**
 * The article's quotes in reading order (a quotation running over several paragraphs is one),
 * only `speaker`'s when given. `pageLink` is the article's page in Baca.
 */
export function quotesOf(article: Article, pageLink: string, speaker?: string): ExportedQuote[] {
  const quotes: ExportedQuote[] = [];
  for (const paragraph of article.paragraphs) {
    for (const quote of paragraph.quotes) {
      const text = paragraph.text.slice(quote.start, quote.end);
      const last = quotes.at(-1);
      if (quote.continuesFromPrevious === true && last !== undefined && last.kind === quote.kind) {
        last.text = `${last.text} ${text}`;
        continue;
      }
      const who = quote.kind === 'direct' ? (quote.speaker ?? null) : null;
      if (speaker !== undefined && who !== speaker) continue;
      quotes.push({
        speaker: who,
        kind: quote.kind,
        text,
        title: article.title,
        outlet: article.outlet ?? null,
        published: article.published ?? null,
        link: article.url ?? pageLink,
      });
    }
  }
  return quotes;
}

const COLUMNS: readonly (keyof ExportedQuote)[] = [
  'speaker',
  'kind',
  'text',
  'title',
  'outlet',
  'published',
  'link',
];

/** One CSV field: quoted when it holds a comma, a quote mark or a line break (RFC 4180). */
function csvField(value: string | null): string {
  const text = value ?? '';
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(quotes: readonly ExportedQuote[]): string {
  const rows = [
    COLUMNS.join(','),
    ...quotes.map((q) => COLUMNS.map((c) => csvField(q[c])).join(',')),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Markdown: a heading, then each quote as a block quote with its source under it. */
export function toMarkdown(quotes: readonly ExportedQuote[], heading: string): string {
  const blocks = quotes.map((q) => {
    const quoted = q.text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    const source = [
      q.speaker ?? undefined,
      `[${q.title}](${q.link})`,
      q.outlet ?? undefined,
      q.published ?? undefined,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    return `${quoted}\n>\n> — ${source}`;
  });
  return `# ${heading}\n\n${blocks.join('\n\n')}\n`;
}

export function toJson(quotes: readonly ExportedQuote[]): string {
  return `${JSON.stringify({ quotes }, null, 2)}\n`;
}

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** Longest file name (without extension). */
const MAX_NAME = 60;

/** The file to download: its name (from `name`, made safe), type and content. */
export function exportFile(
  quotes: readonly ExportedQuote[],
  format: ExportFormat,
  name: string,
  heading: string,
): { filename: string; mime: string; content: string } {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // Long names are cut at a word's end.
  const cut = slug.length <= MAX_NAME ? slug : slug.slice(0, MAX_NAME + 1);
  const wordEnd = cut.lastIndexOf('-');
  const base =
    (slug.length <= MAX_NAME
      ? slug
      : wordEnd > 0
        ? cut.slice(0, wordEnd)
        : cut.slice(0, MAX_NAME)) || 'quotes';
  const content =
    format === 'csv'
      ? toCsv(quotes)
      : format === 'json'
        ? toJson(quotes)
        : toMarkdown(quotes, heading);
  return { filename: `${base}.${format}`, mime: MIME[format], content };
}

/** Articles fetched at the same time while gathering quotes across the library. */
const FETCH_CONCURRENCY = 6;

/**
 * The quotes of these articles (only `speaker`'s when given), fetched from `article` a few at a
 * time; an article that cannot be loaded is left out. `pageLink` gives an article's page.
 */
export async function quotesFromArticles(
  ids: readonly string[],
  article: (id: string) => Promise<Article | null>,
  pageLink: (id: string) => string,
  speaker?: string,
): Promise<ExportedQuote[]> {
  const results: ExportedQuote[][] = new Array<ExportedQuote[]>(ids.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const at = next++;
      const id = ids[at] ?? '';
      const loaded = await article(id).catch(() => null);
      results[at] = loaded === null ? [] : quotesOf(loaded, pageLink(id), speaker);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, ids.length) }, worker));
  return results.flat();
}
