// Outlet and agency names that appear in datelines ("JAKARTA, KOMPAS.com -"). Data only.
// A dateline part is an outlet when it carries a domain, matches one of these, or is an
// edition label; the other part is the place.

/** Outlet names written without a domain (lower case). */
export const OUTLETS: readonly string[] = [
  'antara',
  'antaranews',
  'kompas',
  'tempo',
  'detik',
  'detikcom',
  'liputan6',
  'okezone',
  'sindonews',
  'republika',
  'tribunnews',
  'tribunwow',
  'viva',
  'cnn indonesia',
  'cnbc indonesia',
  'idn times',
  'suara',
  'merdeka',
  'jpnn',
  'warta ekonomi',
  'bisnis',
  'kontan',
  'inews',
  'voi',
  'rmol',
  'satuharapan',
  'pikiran rakyat',
  'reuters',
  'afp',
  'ap',
  'dpa',
  'bbc',
  'tass',
  'ria novosti',
  'interfax',
];

/** Regional editions written as an outlet abbreviation plus a place ("PR DEPOK"): outlet-only. */
export const EDITION_PREFIX = /^(pr|tribun|radar|jawapos|kompas)\s+\p{L}+$/iu;

/** A part of a dateline that names an outlet by its domain ("KOMPAS.com", "TEMPO.CO"). */
export const DOMAIN = /\.(com|co|id|net|org|news|tv|co\.id|go\.id|ru|de|fr|ro|uk)\b/i;
