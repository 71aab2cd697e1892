import { data, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import type { DataSource } from '../data/source.ts';
import { listStore } from '../data/list-store.ts';
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
  // The library's articles as they arrive, shared by the pages that list them.
  const store = listStore(source);
  // The Speakers page's store loads with that page: most visits never open it.
  const speakers = () =>
    import('../data/speakers-store.ts').then(({ speakersStore }) => speakersStore(source));
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      // Shown only while the first data loads on a page that was not prerendered.
      hydrateFallbackElement: <div aria-busy="true" className="min-h-screen" />,
      children: [
        {
          path: paths.library.path,
          // The first shard of the list; the page loads the rest as the reader needs it.
          loader: () => store.first(),
          // Sort, filters and search live in the query string: the list stays as it is.
          shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
          lazy: async () => {
            const { LibraryRoute } = await import('../features/library/library-route.tsx');
            return { Component: () => <LibraryRoute store={store} /> };
          },
          errorElement: <RouteError />,
        },
        {
          path: paths.speakers.path,
          // The first speakers; the page loads the rest as the reader needs them.
          loader: async () => (await speakers()).first(),
          lazy: async () => {
            const [{ SpeakersRoute }, store] = await Promise.all([
              import('../features/speakers/speakers-route.tsx'),
              speakers(),
            ]);
            return { Component: () => <SpeakersRoute store={store} /> };
          },
          errorElement: <RouteError />,
        },
        {
          path: paths.speaker.path,
          loader: async ({ params, request }) => {
            const { loadSpeakerData } = await import('../features/speakers/speaker-data.ts');
            const speaker = await loadSpeakerData(
              source,
              () => store.all(),
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
