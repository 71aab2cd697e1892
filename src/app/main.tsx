import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { httpSource } from '../data/source.ts';
import { createRoutes } from './routes.tsx';
import './styles.css';

const router = createBrowserRouter(createRoutes(httpSource), {
  basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
});

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);
// Prerendered pages hold the markup and the route data: hydrate them. Pages without route
// data (the shell, 404.html on unknown paths) are rendered from scratch for the real URL.
const prerendered = root.hasChildNodes() && '__staticRouterHydrationData' in window;
if (prerendered) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
