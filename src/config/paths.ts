// The route table: every URL in the app is built here, never by hand.

export const paths = {
  library: {
    path: '/',
    /** The library, optionally filtered to articles quoting `speaker`. */
    href: (filter: { speaker?: string } = {}): string =>
      filter.speaker === undefined
        ? '/'
        : `/?${new URLSearchParams({ speaker: filter.speaker }).toString()}`,
    /** The library showing a view saved as its query string ("?lang=de", or '' for all). */
    view: (search: string): string => (search === '' || search === '?' ? '/' : `/${search}`),
  },
  speakers: {
    path: '/speakers',
    href: (): string => '/speakers',
  },
  /** One person's quotes across the library; the name as the articles give it. */
  speaker: {
    path: '/speakers/:name',
    href: (name: string): string => `/speakers/${encodeURIComponent(name)}`,
  },
  reader: {
    path: '/articles/:id',
    href: (id: string): string => `/articles/${encodeURIComponent(id)}`,
    /** A quote's place in its article: `paragraphs[paragraph].quotes[index]`. */
    quote: (id: string, paragraph: number, index: number): string =>
      `/articles/${encodeURIComponent(id)}#${quoteAnchor(paragraph, index)}`,
  },
} as const;

/** The element id of a quote in the reader (the fragment of `paths.reader.quote`). */
export const quoteAnchor = (paragraph: number, index: number): string =>
  `quote-${paragraph}-${index}`;

/** An in-app path as an absolute address under the app's base URL (for links that leave it). */
export function absoluteUrl(href: string): string {
  return new URL(`${import.meta.env.BASE_URL}${href.slice(1)}`, window.location.origin).href;
}
