// Stop words per language, from the maintained stopwords-iso lists, in one place. Romanian
// is written with comma-below ș ț, but older text and the lists themselves often use cedilla
// ş ţ: each word is kept in both spellings, so a lookup matches whichever the text uses.
import stopwords from 'stopwords-iso';

const CACHE = new Map<string, ReadonlySet<string>>();

const spellings = (word: string): string[] => {
  const comma = word.replace(/ş/gu, 'ș').replace(/ţ/gu, 'ț');
  const cedilla = word.replace(/ș/gu, 'ş').replace(/ț/gu, 'ţ');
  return comma === word && cedilla === word ? [word] : [word, comma, cedilla];
};

/** The lower-case stop words of a language (empty for a language the lists lack). */
export function stopWordsOf(lang: string): ReadonlySet<string> {
  let set = CACHE.get(lang);
  if (set === undefined) {
    set = new Set((stopwords[lang] ?? []).flatMap(spellings));
    CACHE.set(lang, set);
  }
  return set;
}
