// Text folding for search and highlighting: case- and diacritics-insensitive ("Pläne" ≡ "plane").

const MARKS = /\p{M}+/gu;

/** Lower-case, without combining marks; ß as ss, so German matches its slugs and queries. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/** Words as the search engine splits them: on spaces and punctuation. */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;
