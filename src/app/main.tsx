import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { httpSource } from '../data/source.ts';
import { createRoutes } from './routes.tsx';
// All CSS is global and loaded with the page (never with a lazy route's code), so that
// prerendered pages are styled before and without JavaScript.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
// The reading serif (Literata: a maintained open face designed for long reading on screens),
// so Linux and Android do not fall back to a Times-like face; swap, never blocking text.
import '@fontsource/literata/400.css';
import '@fontsource/literata/700.css';
import '../features/reader/reader.css';
import './styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const routes = createRoutes(httpSource);

/** Loads the code of the routes matching the current URL, so hydration renders real pages. */
async function loadCurrentRoutes(list: RouteObject[]): Promise<void> {
  const matches = matchRoutes(list, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy());
      delete route.lazy;
    }),
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
// Prerendered pages hold the markup and the route data: hydrate them. Pages without route
// data (the shell, 404.html on unknown paths) are rendered from scratch for the real URL.
const prerendered = root.hasChildNodes() && '__staticRouterHydrationData' in window;
if (prerendered) await loadCurrentRoutes(routes);
const app = (
  <StrictMode>
    <RouterProvider router={createBrowserRouter(routes, { basename })} />
  </StrictMode>
);
if (prerendered) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
