// The catalogues of UI strings: English at once, any other language when first chosen, so the
// first page does not download every language's strings.
import { createStore } from '../lib/create-store.ts';
import { en, type Catalogue, type Locale } from './messages.ts';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalogue>> = {
  id: () => import('./messages-id.ts').then((m) => m.id),
};

/** English only: what the prerendered page was rendered with. */
export const ENGLISH_ONLY: Partial<Record<Locale, Catalogue>> = { en };

/** The catalogues loaded so far; changes (a new object) when one arrives. */
export const cataloguesStore = createStore(ENGLISH_ONLY);

const loading = new Set<Locale>();

/** Starts loading a language's catalogue (no-op when loaded or loading). */
export function loadCatalogue(locale: Locale): void {
  if (locale === 'en' || loading.has(locale) || cataloguesStore.get()[locale] !== undefined) return;
  loading.add(locale);
  loaders[locale]()
    .then((catalogue) => cataloguesStore.set({ ...cataloguesStore.get(), [locale]: catalogue }))
    // Offline before it was cached: the UI stays in English; choosing again retries.
    .catch(() => undefined)
    .finally(() => loading.delete(locale));
}
