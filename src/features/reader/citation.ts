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
