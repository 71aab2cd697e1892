// Word lists from packages, for the generator (names must avoid them) and the properties
// (speakers must not be them): stop words per language and country names per language.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import id from 'i18n-iso-countries/langs/id.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import stopwordsIso from 'stopwords-iso';
import { LANG_CODES, type LangCode } from './calendar.ts';

for (const locale of [de, en, fr, id, ro, ru]) countries.registerLocale(locale);

export { countries };

/** Stop words of a language, lower case (stopwords-iso). */
const stopwordSet = (lang: LangCode): ReadonlySet<string> =>
  new Set((stopwordsIso[lang] ?? []).map((w) => w.toLowerCase()));

export const STOPWORDS: Readonly<Record<LangCode, ReadonlySet<string>>> = {
  id: stopwordSet('id'),
  en: stopwordSet('en'),
  de: stopwordSet('de'),
  fr: stopwordSet('fr'),
  ru: stopwordSet('ru'),
  ro: stopwordSet('ro'),
};

/** Every name of every country in a language, lower case, official and alternative forms. */
export function countryNames(lang: LangCode): Set<string> {
  const names = countries.getNames(lang, { select: 'all' });
  return new Set(
    Object.values(names)
      .flat()
      .map((name) => name.toLowerCase()),
  );
}

export const COUNTRY_NAMES: Readonly<Record<LangCode, ReadonlySet<string>>> = {
  id: countryNames('id'),
  en: countryNames('en'),
  de: countryNames('de'),
  fr: countryNames('fr'),
  ru: countryNames('ru'),
  ro: countryNames('ro'),
};

/** Stop words, country names and calendar words of all six languages together. */
export const ANY_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  LANG_CODES.flatMap((lang) => [...STOPWORDS[lang], ...COUNTRY_NAMES[lang]]),
);
