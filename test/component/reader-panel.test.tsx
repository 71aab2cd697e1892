// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

const openPanel = async () => {
  const user = userEvent.setup();
  const view = renderApp(`/articles/${seed.id}`, library.index, library.articles);
  await user.click(await screen.findByRole('button', { name: 'Quotes 4' }));
  const panel = await screen.findByRole('complementary', { name: 'Quotes in this article' });
  return { ...view, user, panel };
};

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'share');
});

describe('the quote panel', () => {
  it('groups quotes by speaker with counts', async () => {
    const { panel } = await openPanel();
    const headings = within(panel).getAllByRole('heading', { level: 3 });
    expect(headings).toHaveLength(3);
    // Named without the initials (hidden from assistive technology; "Said by" says it).
    const [tokayev, almaty, scare] = [
      /^Tokayev\s*3 quotes$/u,
      /^pihak berwenang Almaty\s*1 quote$/u,
      /^Terms in quote marks\s*4 quotes$/u,
    ].map((name) => within(panel).getByRole('heading', { level: 3, name }));
    expect([tokayev, almaty, scare]).toEqual(headings);
    // The legend shows each speaker's initials as the text marks their quotes.
    expect(tokayev?.querySelector('.quote-swatch')).toHaveTextContent('T');
    expect(almaty?.querySelector('.quote-swatch')).toHaveTextContent('PA');
  });

  it('says how each speaker was found, from the words beside the quote', async () => {
    const { panel } = await openPanel();
    expect(within(panel).getByText('Attributed from ‘paparnya’')).toBeInTheDocument();
    expect(within(panel).getAllByText(/^Attributed from ‘kata Tokayev/u).length).toBeGreaterThan(0);
  });

  it('scrolls to the quote, focuses and emphasises it', async () => {
    const { panel, user, container } = await openPanel();
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(0);
      return 0;
    });
    await user.click(within(panel).getByRole('button', { name: /^"Teroris yang sangat/ }));
    const quote = container.querySelector<HTMLElement>('#quote-5-0');
    expect(scroll.mock.contexts).toContain(quote);
    expect(quote).toHaveFocus();
    expect(quote).toHaveClass('quote-flash');
  });

  it('turns highlighting off and on', async () => {
    const { panel, user } = await openPanel();
    const toggle = within(panel).getByRole('checkbox', { name: 'Highlight quotes in the text' });
    await user.click(toggle);
    expect(document.documentElement.dataset.quotes).toBe('off');
    expect(document.querySelector('article.reader-article')).toHaveAttribute('data-quotes', 'off');
    await user.click(toggle);
    expect(document.documentElement.dataset.quotes).toBe('on');
  });

  it('copies a quote with its citation and confirms it', async () => {
    const { panel, user } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: /^Copy quote: “Saya percaya/ }));
    expect(await within(panel).findByText('Copied with its source.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(
      `“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu” — Tokayev, in "${seed.title}", 6 Jan 2022`,
    );
  });

  it('cites in APA style when chosen, and remembers the choice', async () => {
    const { panel, user } = await openPanel();
    await user.click(within(panel).getByRole('radio', { name: 'APA' }));
    await user.click(within(panel).getByRole('button', { name: /^Copy quote: “Saya percaya/ }));
    expect(await navigator.clipboard.readText()).toBe(
      `“Saya percaya menjangkau mitra CSTO kami tepat dan tepat waktu” (Tokayev, as cited in ${seed.title}, 2022).\n${seed.title}. (2022, January 6). http://localhost:3000/articles/${seed.id}/`,
    );
    expect(localStorage.getItem('baca:citation-style')).toBe('apa');
  });

  it('copies all quotes by a speaker, each with its source', async () => {
    const { panel, user } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Copy all quotes by Tokayev' }));
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n\n')).toHaveLength(3);
    expect(copied.split('\n\n').every((line) => line.includes('— Tokayev, in "'))).toBe(true);
    expect(await within(panel).findByText('Copied with its source.')).toBeVisible();
  });

  it('shares through the Web Share API where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { panel, user } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: /^Share quote: “Saya percaya/ }));
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    expect(within(panel).getByText('Shared.')).toBeVisible();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const { user } = await openPanel();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Quotes in this article' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quotes 4' })).toHaveFocus();
  });
});
