// Filling the built index.html template for one prerendered page: head tags (title,
// description, canonical, OpenGraph, CSP) and the rendered markup inside #root.
import { createHash } from 'node:crypto';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  /** BCP 47 language of the page content, for og:locale. */
  lang?: string;
  type: 'website' | 'article';
  published?: string;
}

const escapeAttr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** The CSP for a page: scripts only from this origin or inline scripts with these exact hashes. */
export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
  const hashes = [...new Set(inlineScripts.map(sha256))].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes ? ` ${hashes}` : ''}`,
    // React sets style attributes (progress bar width, virtual list offsets).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function headTags(meta: PageMeta): string {
  const tags = [
    `<link rel="canonical" href="${escapeAttr(meta.url)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${escapeAttr(meta.title)}" />`,
    `<meta property="og:description" content="${escapeAttr(meta.description)}" />`,
    `<meta property="og:url" content="${escapeAttr(meta.url)}" />`,
    `<meta property="og:site_name" content="Baca" />`,
    `<meta name="twitter:card" content="summary" />`,
  ];
  if (meta.lang !== undefined)
    tags.push(`<meta property="og:locale" content="${escapeAttr(meta.lang)}" />`);
  if (meta.published !== undefined) {
    tags.push(`<meta property="article:published_time" content="${escapeAttr(meta.published)}" />`);
  }
  return tags.join('\n    ');
}

/**
 * The template with this page's head and body. `boot` is an inline script run before first
 * paint (reader preferences); it and the router's hydration script are allowed by hash.
 */
export function fillTemplate(
  template: string,
  meta: PageMeta,
  rootHtml: string,
  boot: string,
): string {
  const inline = [...rootHtml.matchAll(INLINE_SCRIPT)].map((m) => m[1] ?? '');
  if (boot.length > 0) inline.push(boot);
  return withHead(template, contentSecurityPolicy(inline), boot)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(meta.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `<meta name="description" content="${escapeAttr(meta.description)}" />`,
    )
    .replace('</head>', `  ${headTags(meta)}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${rootHtml}</div>`);
}

/**
 * The CSP must come before every script it governs, and the boot script before first paint:
 * both go right after the viewport meta (the charset meta stays first).
 */
export function withHead(template: string, csp: string, boot: string): string {
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}" />`,
    ...(boot.length > 0 ? [`<script>${boot}</script>`] : []),
  ].join('\n    ');
  return template.replace(/(<meta\s+name="viewport"[^>]*>)/, `$1\n    ${tags}`);
}
