// Language detection with franc (trigram model), restricted to the languages news in Baca
// is written in, so that close neighbours (Javanese, Sundanese, Malay) do not steal
// Indonesian text. Returns BCP 47 primary tags.
import { franc } from 'franc-min';

/** ISO 639-3 (franc) → BCP 47 primary language subtag, for the languages considered. */
const LANGUAGES: Readonly<Record<string, string>> = {
  ind: 'id',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  rus: 'ru',
  ron: 'ro',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  tur: 'tr',
  vie: 'vi',
  swe: 'sv',
  ces: 'cs',
  hun: 'hu',
  ukr: 'uk',
  bul: 'bg',
  hrv: 'hr',
  tgl: 'tl',
  arb: 'ar',
  hin: 'hi',
  swh: 'sw',
};
const ONLY = Object.keys(LANGUAGES);
/** Trigram statistics settle within this many characters (checked on the corpus); more only costs time. */
const SAMPLE_CHARS = 400;
/** Below this many characters trigram statistics are noise. */
const MIN_LENGTH = 20;
/** Used when the text is too short or unlike any known language. */
export const UNDETERMINED = 'und';

/** BCP 47 tag of the text's language, or "und". */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, SAMPLE_CHARS), { only: ONLY, minLength: MIN_LENGTH });
  return LANGUAGES[code] ?? UNDETERMINED;
}
