// Server-side rendering of one route to HTML, for the prerender build step. Runs in Node
// through Vite's SSR loader; the browser never loads this module.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { memorySource } from '../data/source.ts';
import type { Article, LibraryIndex } from '../data/types.ts';
import type { SpeakerCard } from '../config/speakers.ts';
import { createRoutes } from './routes.tsx';

export interface RenderedPage {
  /** Markup for inside #root, including the router's hydration script. */
  html: string;
  /** HTTP status the route resolved to (404 for unknown articles). */
  status: number;
}

/** Renders every requested URL path with the same in-memory data. */
export function createRenderer(
  index: LibraryIndex,
  articles: readonly Article[],
  basename: string,
  /** Everyone quoted in the whole library, when `index` is trimmed. */
  speakers?: readonly SpeakerCard[],
) {
  const handler = createStaticHandler(createRoutes(memorySource(index, articles, speakers)), {
    basename,
  });
  return async (urlPath: string): Promise<RenderedPage> => {
    const context = await handler.query(new Request(new URL(urlPath, 'http://localhost')));
    if (context instanceof Response) throw new Error(`${urlPath}: unexpected redirect`);
    const router = createStaticRouter(handler.dataRoutes, context);
    const html = renderToString(
      <StrictMode>
        <StaticRouterProvider router={router} context={context} />
      </StrictMode>,
    );
    return { html, status: context.statusCode };
  };
}
