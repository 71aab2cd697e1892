// @vitest-environment jsdom
// Reading aloud with the Web Speech API, against a stubbed speech engine.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app.tsx';
import './reader-setup.ts';
import { sampleLibrary } from './sample-library.ts';

const library = sampleLibrary();
const seed = library.articles[0];
if (seed === undefined) throw new Error('the seed must parse');

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

const voice = (voiceURI: string, name: string, lang: string, isDefault = false) =>
  ({ voiceURI, name, lang, default: isDefault, localService: true }) as SpeechSynthesisVoice;
const INDONESIAN = voice('id-1', 'Damayanti', 'id-ID');
const ENGLISH = voice('en-1', 'Samantha', 'en-US', true);

let spoken: FakeUtterance[] = [];
let engine: Record<string, ReturnType<typeof vi.fn>>;

function installEngine(voices: SpeechSynthesisVoice[]): void {
  spoken = [];
  engine = {
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: vi.fn(() => voices),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

const openReader = async () => {
  const user = userEvent.setup();
  const view = renderApp(`/articles/${seed.id}`, library.index, library.articles);
  const button = await screen.findByRole('button', { name: /Read aloud/u });
  return { ...view, user, button };
};
const reading = (container: HTMLElement) =>
  [...container.querySelectorAll('.reader-body > p')].findIndex((p) =>
    p.hasAttribute('data-reading'),
  );

beforeEach(() => installEngine([ENGLISH, INDONESIAN]));
afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.unstubAllGlobals();
});

describe('read aloud', () => {
  it("reads paragraph by paragraph in the article's language, marking the one being read", async () => {
    const { user, button, container } = await openReader();
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(spoken[0]).toMatchObject({
      text: seed.paragraphs[0]?.text,
      lang: 'id-ID',
      voice: INDONESIAN,
    });
    expect(reading(container)).toBe(0);
    const region = screen.getByRole('region', { name: 'Reading aloud' });
    expect(within(region).getByText(`Paragraph 1 of ${seed.paragraphs.length}`)).toBeVisible();
    act(() => spoken[0]?.onend?.());
    expect(spoken[1]?.text).toBe(seed.paragraphs[1]?.text);
    expect(reading(container)).toBe(1);
    expect(scroll.mock.contexts).toContain(container.querySelectorAll('.reader-body > p')[1]);
  });

  it('pauses, resumes and stops', async () => {
    const { user, button, container } = await openReader();
    await user.click(button);
    const region = screen.getByRole('region', { name: 'Reading aloud' });
    await user.click(within(region).getByRole('button', { name: 'Pause' }));
    expect(engine.pause).toHaveBeenCalledOnce();
    await user.click(within(region).getByRole('button', { name: 'Resume' }));
    expect(engine.resume).toHaveBeenCalledOnce();
    await user.click(within(region).getByRole('button', { name: 'Stop' }));
    expect(engine.cancel).toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Reading aloud' })).toBeNull();
    expect(reading(container)).toBe(-1);
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('starts and pauses with the R key', async () => {
    const { user } = await openReader();
    await user.keyboard('r');
    expect(engine.speak).toHaveBeenCalledOnce();
    await user.keyboard('r');
    expect(engine.pause).toHaveBeenCalledOnce();
  });

  it('remembers the speed and applies it from the paragraph being read', async () => {
    const { user, button } = await openReader();
    await user.click(button);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '1.5');
    expect(spoken.at(-1)).toMatchObject({ text: seed.paragraphs[0]?.text, rate: 1.5 });
    expect(JSON.parse(localStorage.getItem('baca:read-aloud') ?? '{}')).toMatchObject({
      rate: 1.5,
    });
  });

  it('says when no voice speaks the language, and offers the others', async () => {
    installEngine([ENGLISH]);
    const { user, button } = await openReader();
    await user.click(button);
    expect(
      screen.getByText('No Indonesian voice on this device: choose another voice.'),
    ).toBeVisible();
    const voices = screen.getByRole('combobox', { name: 'Voice' });
    expect(within(voices).getByRole('option', { name: 'Samantha (en-US)' })).toBeInTheDocument();
    await user.selectOptions(voices, 'en-1');
    expect(spoken.at(-1)?.voice).toBe(ENGLISH);
  });

  it('is not offered where the browser cannot speak', async () => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    renderApp(`/articles/${seed.id}`, library.index, library.articles);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: /Read aloud/u })).toBeNull();
  });
});
