// Renders the real route table over in-memory data, as a user would see it.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../../src/app/routes.tsx';
import { memorySource } from '../../src/data/source.ts';
import type { Article, LibraryIndex } from '../../src/data/types.ts';

export function renderApp(url: string, index: LibraryIndex, articles: Article[]) {
  const router = createMemoryRouter(createRoutes(memorySource(index, articles)), {
    initialEntries: [url],
  });
  return { router, ...render(<RouterProvider router={router} />) };
}
