import { data, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import type { DataSource } from '../data/source.ts';
import { LibraryRoute } from '../features/library/library-route.tsx';
import { ReaderRoute } from '../features/reader/reader-route.tsx';
import { NotFoundRoute } from './not-found-route.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/** The route table, with loaders reading from `source` (HTTP in the browser, memory when prerendering). */
export function createRoutes(source: DataSource): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      // Shown only while the first data loads on a page that was not prerendered.
      hydrateFallbackElement: <div aria-busy="true" className="min-h-screen" />,
      children: [
        {
          path: paths.library.path,
          loader: ({ request }) => source.index(request.signal),
          element: <LibraryRoute />,
          errorElement: <RouteError />,
        },
        {
          path: paths.reader.path,
          loader: async ({ params, request }) => {
            const article = await source.article(params.id ?? '', request.signal);
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's 404 idiom
            if (article === null) throw data(null, { status: 404 });
            return article;
          },
          element: <ReaderRoute />,
          errorElement: <RouteError />,
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
