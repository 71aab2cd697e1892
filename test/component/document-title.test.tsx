// @vitest-environment jsdom
// Every route names itself in the tab, and a route change is announced (WCAG 2.4.2, 4.1.3).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

describe('document title', () => {
  it('follows in-app navigation and is announced', async () => {
    const user = userEvent.setup();
    renderApp(`/articles/${seed.id}`, library.index, library.articles);
    await screen.findByRole('heading', { level: 1, name: seed.title });
    // Set in an effect: it may land a moment after the heading appears.
    await waitFor(() => expect(document.title).toBe(`${seed.title} — Baca`));
    const announcer = screen.getByTestId('route-announcer');
    expect(announcer).toBeEmptyDOMElement();

    await user.click(screen.getByRole('link', { name: 'Speakers' }));
    await screen.findByRole('heading', { level: 1, name: 'Speakers' });
    await waitFor(() => expect(document.title).toBe('Speakers — Baca'));
    await waitFor(() => expect(announcer).toHaveTextContent('Speakers — Baca'));

    await user.click(screen.getAllByRole('link', { name: 'Library' })[0] as HTMLElement);
    await waitFor(() => expect(document.title).toBe('Baca'));
    await waitFor(() => expect(announcer).toHaveTextContent(/^Baca$/u));
  });
});
