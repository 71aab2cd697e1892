// The reader settings store: loaded from localStorage once, written back on every change, and
// mirrored onto <html> as CSS variables and data attributes (the same ones boot-script.ts
// sets before first paint), so every page reads the reader's choices.
import { createStore } from '../lib/create-store.ts';
import { readJson, writeStorage } from '../lib/storage.ts';
import {
  DEFAULT_SIZE,
  DEFAULT_SETTINGS,
  isSameSettings,
  parseSettings,
  serialiseSettings,
  SETTINGS_KEY,
  settingsToCssVars,
  stepSize,
  type ReaderSettings,
} from './settings.ts';

/** Settings as storage holds them; anything unreadable falls back to the defaults. */
export function loadSettings(): ReaderSettings {
  return parseSettings(readJson(SETTINGS_KEY));
}

export const settingsStore = createStore<ReaderSettings>(
  typeof document === 'undefined' ? DEFAULT_SETTINGS : loadSettings(),
);

/** Puts the settings on an element (by default <html>) as CSS variables and data attributes. */
export function applySettings(settings: ReaderSettings, root: HTMLElement): void {
  for (const [name, value] of Object.entries(settingsToCssVars(settings))) {
    root.style.setProperty(name, value);
  }
  root.dataset.theme = settings.theme;
  root.dataset.quotes = settings.highlightQuotes ? 'on' : 'off';
}

export function updateSettings(
  change: Partial<ReaderSettings> | ((current: ReaderSettings) => Partial<ReaderSettings>),
): void {
  settingsStore.set((current) => {
    const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    return isSameSettings(current, next) ? current : next;
  });
}

export const changeSize = (steps: number): void =>
  updateSettings((current) => ({ size: stepSize(current.size, steps) }));
export const resetSize = (): void => updateSettings({ size: DEFAULT_SIZE });
export const resetSettings = (): void => updateSettings(DEFAULT_SETTINGS);

if (typeof document !== 'undefined') {
  applySettings(settingsStore.get(), document.documentElement);
  settingsStore.subscribe(() => {
    const settings = settingsStore.get();
    applySettings(settings, document.documentElement);
    writeStorage(SETTINGS_KEY, serialiseSettings(settings));
  });
  // Another tab changed the settings: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === SETTINGS_KEY) settingsStore.set(loadSettings());
  });
}
