// The route table: every URL in the app is built here, never by hand.

export const paths = {
  library: {
    path: '/',
    href: (): string => '/',
  },
  reader: {
    path: '/articles/:id',
    href: (id: string): string => `/articles/${encodeURIComponent(id)}`,
  },
} as const;
