// The UI language: chosen by the reader, else the browser's preference, else English.
import { createStore } from '../lib/create-store.ts';
import { readStorage, writeStorage } from '../lib/storage.ts';
import { LOCALES, type Locale } from './messages.ts';

const STORAGE_KEY = 'baca.locale';
export const DEFAULT_LOCALE: Locale = 'en';

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The first supported language in the browser's list ("id-ID" → "id"). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

function initialLocale(): Locale {
  const stored = readStorage(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  if (typeof navigator === 'undefined') return DEFAULT_LOCALE;
  return pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export const localeStore = createStore<Locale>(initialLocale());

export function setLocale(locale: Locale): void {
  writeStorage(STORAGE_KEY, locale);
  localeStore.set(locale);
}
