// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bootScript } from '../../src/features/settings/boot-script.ts';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  serialiseSettings,
  SETTINGS_KEY,
  SIZE_STEPS,
  stepSize,
} from '../../src/data/settings.ts';
import {
  applySettings,
  changeSize,
  loadSettings,
  resetSettings,
  settingsStore,
  updateSettings,
} from '../../src/data/settings-store.ts';

// Indirect eval runs the script in the global scope, as an inline <script> would.
const runInPage = (script: string): void => {
  (0, eval)(script);
};

beforeEach(() => {
  resetSettings();
  localStorage.clear();
});

describe('reader settings', () => {
  it('offers at least nine text sizes from about 14 to 40 px, defaulting near 20 px', () => {
    expect(SIZE_STEPS.length).toBeGreaterThanOrEqual(9);
    expect(SIZE_STEPS[0]).toBe(14);
    expect(Math.max(...SIZE_STEPS)).toBe(40);
    expect(DEFAULT_SETTINGS.size).toBe(20);
  });

  it('steps the size up and down and stops at either end', () => {
    expect(stepSize(20, 1)).toBe(22);
    expect(stepSize(20, -1)).toBe(18);
    expect(stepSize(40, 1)).toBe(40);
    expect(stepSize(14, -1)).toBe(14);
  });

  it('reads what it wrote', () => {
    const settings = { ...DEFAULT_SETTINGS, size: 27, font: 'atkinson', theme: 'sepia' } as const;
    expect(parseSettings(JSON.parse(serialiseSettings(settings)))).toEqual(settings);
  });

  it.each([
    ['nothing', null],
    ['a string', 'big'],
    ['an array', [1, 2]],
    ['a future version', { version: 99, size: 30 }],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields and defaults each invalid one on its own', () => {
    const stored = {
      version: 1,
      size: 'huge',
      font: 'comic',
      lineHeight: 'relaxed',
      width: null,
      theme: 'dark',
      highlightQuotes: 'yes',
    };
    expect(parseSettings(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      lineHeight: 'relaxed',
      theme: 'dark',
    });
  });

  it('snaps an odd size to the nearest step and migrates the unversioned shape', () => {
    expect(parseSettings({ version: 1, size: 23 }).size).toBe(22);
    expect(parseSettings({ version: 1, size: 400 }).size).toBe(40);
    expect(parseSettings({ fontSize: 30, theme: 'light' })).toMatchObject({
      size: 30,
      theme: 'light',
    });
  });

  it('loads the defaults from corrupt storage instead of crashing', () => {
    localStorage.setItem(SETTINGS_KEY, '{"version":1,"size":');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    localStorage.setItem(SETTINGS_KEY, 'undefined');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists every change and mirrors it onto <html>', () => {
    changeSize(2);
    updateSettings({ theme: 'contrast', highlightQuotes: false });
    expect(parseSettings(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null'))).toEqual(
      settingsStore.get(),
    );
    const html = document.documentElement;
    expect(html.style.getPropertyValue('--reader-font-size')).toBe('1.5rem');
    expect(html.dataset.theme).toBe('contrast');
    expect(html.dataset.quotes).toBe('off');
  });
});

describe('the boot script', () => {
  const stored = [
    null,
    'not json',
    JSON.stringify({ version: 1, size: 34, font: 'sans', width: 'wide', theme: 'dark' }),
    JSON.stringify({ version: 1, size: 17, lineHeight: 'loose', highlightQuotes: false }),
    JSON.stringify({ version: 1, font: 'toString', theme: 'neon', size: 'x' }),
    JSON.stringify({ fontSize: 15 }),
    JSON.stringify({ version: 7, size: 40 }),
    JSON.stringify([40]),
  ];

  it.each(stored)('sets on <html> exactly what the app sets, for %s', (value) => {
    localStorage.clear();
    if (value !== null) localStorage.setItem(SETTINGS_KEY, value);
    const html = document.documentElement;
    html.removeAttribute('style');
    html.removeAttribute('data-theme');
    html.removeAttribute('data-quotes');
    runInPage(bootScript());
    const expected = document.createElement('div');
    applySettings(loadSettings(), expected);
    expect(html.getAttribute('style')).toBe(expected.getAttribute('style'));
    expect(html.dataset.theme).toBe(expected.dataset.theme);
    expect(html.dataset.quotes).toBe(expected.dataset.quotes);
  });

  it('is self-contained and never throws, even without storage', () => {
    const script = bootScript();
    expect(script).not.toMatch(/\bimport\b|\brequire\(/);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => runInPage(script)).not.toThrow();
    expect(document.documentElement.dataset.theme).toBe('system');
    vi.restoreAllMocks();
  });
});
