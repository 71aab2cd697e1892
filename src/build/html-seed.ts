// HTML pages as seeds (build time, Node): the page is decoded by its declared charset, read
// with linkedom, its article found by Mozilla Readability, and the article's blocks turned into
// lines of plain text that go through the same pipeline as text seeds. What the page declares
// about itself (title, date, language, canonical address, site, author) wins over what the
// pipeline reads from the text, when it is present and valid. Markup never reaches the output:
// only text nodes are read, so scripts, styles, handlers and links cannot.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle, type ParseResult } from '../pipeline/index.ts';
import { decodeSeed, decodeWindows1252 } from './decode.ts';

/** Elements read by Readability at most; a page beyond this is refused, not parsed slowly. */
const MAX_ELEMENTS = 60_000;
/** Nesting depth beyond which a page is refused (a recursive walk would overflow the stack). */
const MAX_DEPTH = 500;
/** Bytes searched for a declared charset, as browsers do (the HTML standard's prescan). */
const CHARSET_PRESCAN_BYTES = 1024;
/** The longest title taken from the page's metadata. */
const MAX_TITLE_CHARS = 300;

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
]);
/** Elements that hold no body text: captions, embedded media and page furniture. */
const SKIPPED = new Set([
  'FIGURE',
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'ASIDE',
]);

const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

/** Whether the file name is an HTML page's. */
export const isHtmlName = (name: string): boolean => /\.html?$/iu.test(name);

/** The charset a page declares (BOM, `<meta charset>`, `http-equiv` content type), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1] ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/iu.exec(head)?.[1];
  return meta?.toLowerCase();
}

/** The page as text, in its declared charset (UTF-8 when none or unknown). */
export function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  // The web reads all of these as Windows-1252 (WHATWG Encoding); Node's decoder does not.
  if (WINDOWS_1252_LABELS.has(charset)) return decodeWindows1252(bytes);
  if (charset === 'utf-8' || charset === 'utf8') return decodeSeed(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** What a page says about itself in its head. */
export interface PageMetadata {
  title?: string;
  published?: string;
  lang?: string;
  url?: string;
  outlet?: string;
  author?: string;
}

const clean = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/gu, ' ').trim();

function metaContent(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const value = clean(element?.getAttribute('content'));
    if (value.length > 0) return value;
  }
  return undefined;
}

/** The `datePublished` (and author) of the page's JSON-LD, if it has any. */
function jsonLd(document: Document): { published?: string; author?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent);
      const items: unknown[] = Array.isArray(data) ? data : [data];
      for (const item of items.flatMap((entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        '@graph' in entry &&
        Array.isArray(entry['@graph'])
          ? (entry['@graph'] as unknown[])
          : [entry],
      )) {
        if (typeof item !== 'object' || item === null) continue;
        const record = item as Record<string, unknown>;
        const published =
          typeof record.datePublished === 'string' ? record.datePublished : undefined;
        const authorField = record.author;
        const firstAuthor: unknown = Array.isArray(authorField) ? authorField[0] : authorField;
        const author =
          typeof firstAuthor === 'string'
            ? firstAuthor
            : typeof firstAuthor === 'object' && firstAuthor !== null && 'name' in firstAuthor
              ? String(firstAuthor.name)
              : undefined;
        if (published !== undefined || author !== undefined)
          return {
            ...(published !== undefined ? { published } : {}),
            ...(author !== undefined ? { author: clean(author) } : {}),
          };
      }
    } catch {
      // Invalid JSON-LD is ignored, as search engines do.
    }
  }
  return {};
}

/** An ISO date (yyyy-mm-dd) from a date-time string, when it is a real date. */
function isoDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value ?? '');
  if (match === null) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900
    ? match[0]
    : undefined;
}

/** A web address, when it is an absolute http(s) one. */
function webUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page's title without the site's name a `<title>` usually carries ("Headline | Site",
 * "Headline - Site"): the part that is not the site's name, when the site is named.
 */
function titleWithoutSite(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|–—·-]\s+/u);
  if (parts.length < 2) return title;
  const known = site?.toLowerCase();
  const kept = parts.filter((part) => known === undefined || !known.includes(part.toLowerCase()));
  const longest = [...(kept.length > 0 ? kept : parts)].sort((a, b) => b.length - a.length)[0];
  return longest ?? title;
}

/** The page's own metadata: `og:*`, `article:*`, JSON-LD, canonical link, `<html lang>`. */
export function readPageMetadata(document: Document): PageMetadata {
  const outlet = metaContent(document, 'og:site_name', 'application-name');
  const headTitle = clean(document.querySelector('title')?.textContent);
  const title =
    metaContent(document, 'og:title', 'twitter:title') ??
    (headTitle.length > 0 ? titleWithoutSite(headTitle, outlet) : undefined) ??
    (clean(document.querySelector('h1')?.textContent) || undefined);
  const ld = jsonLd(document);
  const published = isoDate(
    metaContent(document, 'article:published_time', 'datePublished', 'date') ?? ld.published,
  );
  const lang = /^([a-z]{2,3})(?:-|$)/iu
    .exec(document.documentElement.getAttribute('lang') ?? '')?.[1]
    ?.toLowerCase();
  const url = webUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      metaContent(document, 'og:url'),
  );
  const author = metaContent(document, 'author', 'article:author') ?? ld.author;
  return {
    ...(title !== undefined && title.length <= MAX_TITLE_CHARS ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(author !== undefined && webUrl(author) === undefined ? { author } : {}),
  };
}

/** The deepest nesting of elements under `root`, walked without recursion. */
function depthOf(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The text of an element as one line: `<br>` is a space, inline markup is dropped. */
function lineOf(element: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') text += ' ';
        else if (!SKIPPED.has(tag)) walk(child);
      }
    }
  };
  walk(element);
  return clean(text);
}

/** The article's blocks in reading order, one line each; captions and embeds left out. */
export function blockLines(root: Element): string[] {
  const lines: string[] = [];
  const visit = (element: Element): void => {
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const hasBlockChild = [...element.querySelectorAll('*')].some((child) =>
      BLOCKS.has(child.tagName.toUpperCase()),
    );
    if (BLOCKS.has(tag) && !hasBlockChild) {
      const line = lineOf(element);
      if (line.length > 0) lines.push(line);
      return;
    }
    // Text directly inside a container (a <div> used as a paragraph) is a line of its own.
    let loose = '';
    const flush = (): void => {
      const line = clean(loose);
      if (line.length > 0) lines.push(line);
      loose = '';
    };
    for (const child of element.childNodes) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const childTag = (child as Element).tagName.toUpperCase();
        if (childTag === 'BR') loose += ' ';
        else if (BLOCKS.has(childTag) || (child as Element).querySelector('*') !== null) {
          flush();
          visit(child as Element);
        } else if (!SKIPPED.has(childTag)) loose += ` ${child.textContent ?? ''} `;
      }
    }
    flush();
  };
  visit(root);
  return lines;
}

/** Parses an HTML seed into an article, as `parseArticle` does a text seed. */
export function parseHtmlSeed(bytes: Uint8Array, file: string): ParseResult {
  const html = decodeHtml(bytes);
  if (html.trim().length === 0) {
    return { article: null, warnings: [{ code: 'empty', message: 'the file is empty' }] };
  }
  if (!/<(?:html|head|body|article|main|div|p)[\s>]/iu.test(html)) {
    return {
      article: null,
      warnings: [{ code: 'no-body', message: 'not an HTML page (no html, body or p element)' }],
    };
  }
  const { document } = parseHTML(html);
  if (depthOf(document.documentElement) > MAX_DEPTH) {
    return {
      article: null,
      warnings: [{ code: 'no-body', message: `elements nested deeper than ${MAX_DEPTH} levels` }],
    };
  }
  const metadata = readPageMetadata(document);
  const readable = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  const content = readable?.content ?? '';
  const body =
    content.length === 0
      ? []
      : blockLines(parseHTML(`<!doctype html><html><body>${content}</body></html>`).document.body);
  if (body.length === 0) {
    return {
      article: null,
      warnings: [{ code: 'no-body', message: 'no readable article found in the page' }],
    };
  }
  const title = metadata.title ?? clean(readable?.title);
  // The headline first, as a text seed has it; the pipeline then reads the body as usual.
  const text = [title, ...body.filter((line, i) => i > 0 || line !== title)].join('\n');
  const result = parseArticle(text, file);
  if (result.article === null) return result;
  const article = {
    ...result.article,
    ...(metadata.title !== undefined ? { title: metadata.title } : {}),
    ...(metadata.lang !== undefined ? { lang: metadata.lang } : {}),
    ...(metadata.published !== undefined ? { published: metadata.published } : {}),
    ...(metadata.url !== undefined ? { url: metadata.url } : {}),
    ...(metadata.outlet !== undefined ? { outlet: metadata.outlet } : {}),
    ...(metadata.author !== undefined ? { author: metadata.author } : {}),
  };
  return { article, warnings: result.warnings };
}
