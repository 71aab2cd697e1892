// A quote with its source, for copying and sharing: “…” — Speaker, in "Title", Outlet,
// 6 Jan 2022, https://… (outlet and address when the page gave them).
// Pure.

const EDGE_MARKS = /^[\s"'“”„‟«»‘’‚‛‹›「」『』]+|[\s"'“”„‟«»‘’‚‛‹›「」『』]+$/g;

/** The quoted words without their marks or the comma that led back into the sentence. */
export function quoteWords(text: string): string {
  return text
    .replace(EDGE_MARKS, '')
    .replace(/[,;:]+$/, '')
    .trim();
}

export interface CitationParts {
  /** The quote as in the text, marks included. */
  text: string;
  speaker?: string;
  title: string;
  /** The article's date, already formatted. */
  date?: string;
  /** "in", in the interface language. */
  inWord: string;
  /** The publication, when the page named it. */
  outlet?: string;
  /** The original article's address, when the page gave it. */
  url?: string;
}

export function formatCitation({
  text,
  speaker,
  title,
  date,
  inWord,
  outlet,
  url,
}: CitationParts): string {
  const source = [`${inWord} "${title}"`, outlet, date, url].filter(Boolean).join(', ');
  const who = speaker === undefined ? '' : `${speaker}, `;
  return `“${quoteWords(text)}” — ${who}${source}`;
}

export type CitationStyle = 'plain' | 'apa';
export const CITATION_STYLES: readonly CitationStyle[] = ['plain', 'apa'];

/** Month names in English, as APA writes dates whatever the interface language. */
const APA_MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

export interface ApaParts {
  text: string;
  speaker?: string;
  title: string;
  /** ISO yyyy-mm-dd. */
  published?: string;
  author?: string;
  outlet?: string;
  url?: string;
}

/**
 * APA-like (7th edition, a secondary source): the quote with an in-text citation naming the
 * speaker "as cited in" the article's author (else its outlet, else its title), then the
 * reference: “…” (Tokayev, as cited in Tempo, 2022).
 * Tempo. (2022, January 6). Title. https://…
 */
export function formatApaCitation(parts: ApaParts): string {
  const { text, speaker, title, published, author, outlet, url } = parts;
  const source = author ?? outlet ?? title;
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published ?? '');
  const year = match?.[1] ?? 'n.d.';
  const date =
    match === null
      ? 'n.d.'
      : `${match[1] ?? ''}, ${APA_MONTH.format(Date.UTC(2000, Number(match[2]) - 1, 1))} ${Number(match[3])}`;
  const inText =
    speaker === undefined ? `(${source}, ${year})` : `(${speaker}, as cited in ${source}, ${year})`;
  const reference = [
    `${source}. (${date}).`,
    source === title ? undefined : `${title}.`,
    outlet === undefined || outlet === source ? undefined : `${outlet}.`,
    url,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  return `“${quoteWords(text)}” ${inText}.\n${reference}`;
}
