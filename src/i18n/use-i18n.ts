import { useCallback, useEffect } from 'react';
import { useStore } from '../lib/use-store.ts';
import { formatMessage, type Params } from './format.ts';
import { DEFAULT_LOCALE, localeStore } from './locale-store.ts';
import { cataloguesStore, ENGLISH_ONLY, loadCatalogue } from './catalogues.ts';
import { en, type Locale, type MessageKey } from './messages.ts';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
}

/** The UI language and its translate function; keeps `<html lang>` in step. */
export function useI18n(): I18n {
  const chosen = useStore(localeStore, DEFAULT_LOCALE);
  const catalogues = useStore(cataloguesStore, ENGLISH_ONLY);
  // Until a chosen language's strings have arrived, the page stays in English.
  const catalogue = catalogues[chosen];
  const locale = catalogue === undefined ? DEFAULT_LOCALE : chosen;
  useEffect(() => {
    loadCatalogue(chosen);
  }, [chosen]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback(
    (key: MessageKey, params?: Params) => formatMessage((catalogue ?? en)[key], locale, params),
    [catalogue, locale],
  );
  return { locale, t };
}
