import { useCallback, useEffect } from 'react';
import { useStore } from '../lib/use-store.ts';
import { formatMessage, type Params } from './format.ts';
import { DEFAULT_LOCALE, localeStore } from './locale-store.ts';
import { catalogues, type Locale, type MessageKey } from './messages.ts';

export interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: Params) => string;
}

/** The UI language and its translate function; keeps `<html lang>` in step. */
export function useI18n(): I18n {
  const locale = useStore(localeStore, DEFAULT_LOCALE);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback(
    (key: MessageKey, params?: Params) => formatMessage(catalogues[locale][key], locale, params),
    [locale],
  );
  return { locale, t };
}
