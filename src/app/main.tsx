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
// Prerendered pages already hold the markup: hydrate them instead of rendering again.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
