// @vitest-environment jsdom
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/data/settings.ts';
import { settingsStore } from '../../src/data/settings-store.ts';
import { setLocale } from '../../src/i18n/locale-store.ts';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

const openSeed = async () => {
  const view = renderApp(`/articles/${seed.id}`, library.index, library.articles);
  await screen.findByRole('heading', { level: 1, name: seed.title });
  const article = view.container.querySelector('article.reader-article');
  if (!(article instanceof HTMLElement)) throw new Error('no article');
  return { ...view, article };
};

const fontSize = (element: HTMLElement) => element.style.getPropertyValue('--reader-font-size');

describe('the reader controls', () => {
  it('makes the text larger, smaller and back, and announces the size', async () => {
    const { article } = await openSeed();
    expect(fontSize(article)).toBe('1.25rem');
    await userEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(fontSize(article)).toBe('1.375rem');
    expect(fontSize(document.documentElement)).toBe('1.375rem');
    expect(screen.getByText('Text size 110%')).toHaveAttribute('role', 'status');
    await userEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    await userEvent.click(screen.getByRole('button', { name: 'Smaller text' }));
    expect(fontSize(article)).toBe('1.125rem');
    expect(screen.getByText('Text size 90%')).toHaveAttribute('role', 'status');
    await userEvent.click(screen.getByRole('button', { name: /Reset text size/ }));
    expect(fontSize(article)).toBe('1.25rem');
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({ size: 20 });
  });

  it('answers -, +, = and 0 on the keyboard, but not while typing', async () => {
    const { article } = await openSeed();
    await userEvent.keyboard('+=');
    expect(settingsStore.get().size).toBe(24);
    await userEvent.keyboard('-');
    expect(settingsStore.get().size).toBe(22);
    await userEvent.keyboard('0');
    expect(fontSize(article)).toBe('1.25rem');
    screen.getByRole('combobox', { name: 'Language' }).focus();
    await userEvent.keyboard('+');
    expect(settingsStore.get().size).toBe(20);
  });

  it("leaves Ctrl + wheel to the browser's own page zoom", async () => {
    const { article } = await openSeed();
    const wheel = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      article.dispatchEvent(wheel);
    });
    expect(wheel.defaultPrevented).toBe(false);
    expect(settingsStore.get().size).toBe(20);
  });

  it('goes back to the library on Escape', async () => {
    await openSeed();
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
  });

  it('names the size buttons in Indonesian', async () => {
    setLocale('id');
    try {
      await openSeed();
      // Indonesian strings load when the language is chosen.
      expect(await screen.findByRole('button', { name: 'Perkecil teks' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Perbesar teks' })).toBeInTheDocument();
    } finally {
      setLocale('en');
    }
  });

  it('opens with corrupt stored settings as if there were none', async () => {
    localStorage.setItem(SETTINGS_KEY, '{"version":1,"size":"big"');
    const { article } = await openSeed();
    expect(fontSize(article)).toBe('1.25rem');
  });

  it('changes font, line spacing, line length and theme from the lazily loaded panel', async () => {
    const { article } = await openSeed();
    const toggle = screen.getByRole('button', { name: 'Text and theme' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(await screen.findByRole('radio', { name: 'Atkinson Hyperlegible' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Loose' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Long' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(article.style.getPropertyValue('--reader-font-family')).toContain('Atkinson');
    expect(article.style.getPropertyValue('--reader-line-height')).toBe('2');
    expect(article.style.getPropertyValue('--reader-measure')).toBe('64ch');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the speaker label of a focused quote', () => {
  it('is dismissed by Escape before Escape leaves the article', async () => {
    const { container } = await openSeed();
    const quote = container.querySelector<HTMLElement>('[data-speaker="Tokayev"]');
    quote?.focus();
    expect(quote).toHaveAccessibleDescription('Said by Tokayev');
    await userEvent.keyboard('{Escape}');
    expect(quote).not.toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: seed.title })).toBeInTheDocument();
  });
});
