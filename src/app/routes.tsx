import { data, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import type { DataSource } from '../data/source.ts';
import { loadLibraryIndex } from '../features/library/library-data.ts';
import { loadReaderData } from '../features/reader/reader-data.ts';
import { NotFoundRoute } from './not-found-route.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteError } from './route-error.tsx';

/**
 * Each page's code is its own chunk (`lazy`), so the library does not download the reader
 * and the reader does not download the library; loaders stay eager so data and code load
 * in parallel. main.tsx resolves the current page's chunk before hydrating.
 */
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
          loader: () => loadLibraryIndex(source),
          // Sort, filters and search live in the query string: the index stays as it is. An
          // explicit revalidation (same URL) loads it again, e.g. after a trimmed prerender.
          shouldRevalidate: ({ currentUrl, nextUrl }) =>
            currentUrl.pathname !== nextUrl.pathname || currentUrl.href === nextUrl.href,
          lazy: async () => ({
            Component: (await import('../features/library/library-route.tsx')).LibraryRoute,
          }),
          errorElement: <RouteError />,
        },
        {
          path: paths.speakers.path,
          loader: () => loadLibraryIndex(source),
          lazy: async () => ({
            Component: (await import('../features/speakers/speakers-route.tsx')).SpeakersRoute,
          }),
          errorElement: <RouteError />,
        },
        {
          path: paths.speaker.path,
          loader: async ({ params, request }) => {
            const index = await loadLibraryIndex(source);
            const { loadSpeakerData } = await import('../features/speakers/speaker-data.ts');
            const speaker = await loadSpeakerData(
              source,
              index,
              params.name ?? '',
              new URL(request.url),
              request.signal,
            );
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's 404 idiom
            if (speaker === null) throw data(null, { status: 404 });
            return speaker;
          },
          lazy: async () => ({
            Component: (await import('../features/speakers/speaker-route.tsx')).SpeakerRoute,
          }),
          errorElement: <RouteError />,
        },
        {
          path: paths.reader.path,
          loader: async ({ params, request }) => {
            const reader = await loadReaderData(source, params.id ?? '', request.signal);
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's 404 idiom
            if (reader === null) throw data(null, { status: 404 });
            return reader;
          },
          lazy: async () => ({
            Component: (await import('../features/reader/reader-route.tsx')).ReaderRoute,
          }),
          errorElement: <RouteError />,
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
