// The route table: every URL in the app is built here, never by hand.

export const paths = {
  library: {
    path: '/',
    /** The library, optionally filtered to articles quoting `speaker`. */
    href: (filter: { speaker?: string } = {}): string =>
      filter.speaker === undefined
        ? '/'
        : `/?${new URLSearchParams({ speaker: filter.speaker }).toString()}`,
  },
  speakers: {
    path: '/speakers',
    href: (): string => '/speakers',
  },
  reader: {
    path: '/articles/:id',
    href: (id: string): string => `/articles/${encodeURIComponent(id)}`,
  },
} as const;
