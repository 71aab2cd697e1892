// Datelines: the place (and often the outlet, sometimes the date) written before an article's
// lead, in the forms newsrooms use: "ALMATY - ", "Jakarta, CNN Indonesia -- ",
// "MOSKOW, SATUHARAPAN.COM-", "PONOROGO-", "OUTLET.COM – Place, ", a line of its own.
import { MONTHS, WEEKDAYS, findDates } from './dates.ts';
import { isKnownPlace } from './gazetteer.ts';
import { memoize } from './memo.ts';
import { countWords } from './noise.ts';
import { MERGED } from './lexicon/index.ts';
import { alternation } from './regex.ts';

/** Longest dateline prefix considered (characters before the dash). */
const MAX_DATELINE_PREFIX = 60;
/** A lead after a colon dateline ("Jakarta: …") has at least this many words. */
const MIN_COLON_LEAD_WORDS = 8;

export interface Dateline {
  /** The place as written, or undefined for outlet-only prefixes ("TRIBUNWOW.COM -"). */
  place: string | undefined;
  /** Length of the prefix (dash and following spaces included) to cut from the paragraph. */
  length: number;
  /** ISO date written in the dateline ("Serang, outlet.com (20/12/2016) –"); absent when none. */
  date?: string;
  /** The outlet the dateline names, as written ("KABARKITA.com", "Beritaku.id"); absent when none. */
  outlet?: string;
}

const OUTLET_SET = new Set(MERGED.outlets);
const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const REGIONS = lowerSet(MERGED.regions);
const DIRECTIONS = lowerSet(MERGED.placeDirections);
const PLACE_NOUNS = lowerSet(MERGED.placeNouns);
const INSTITUTIONS = lowerSet(MERGED.institutionWords);
/** Words that open a person's or an institution's name, never a place's ("Presiden", "Bank"). */
const NOT_PLACE_OPENERS = lowerSet([...MERGED.titles, ...MERGED.namedInstitutionNouns]);
/** Regional editions written as an outlet abbreviation plus a place ("PR DEPOK"): outlet-only. */
const EDITION_PREFIX = new RegExp(
  String.raw`^(?:${alternation(MERGED.editionPrefixes)})\s+\p{L}+$`,
  'iu',
);
// The place may hold hyphens ("CLUJ-NAPOCA"); the separating dash stands apart from it
// ("ALMATY - ", "ALMATY -- ", "ALMATY -"), or is glued only after an outlet's domain
// ("MOSKOW, SATUHARAPAN.COM-Presiden").
const HEAD_CHAR = String.raw`(?:[^\n\-–—:"“”„«]|(?<=\p{L})-(?=\p{L}))`;
const SEPARATOR = String.raw`(?:\s+(?:--|[-–—])(?:\s+|$)|(?:--|[-–—])\s+|(?<=\.\p{L}{2,4})(?:--|[-–—])(?=\p{Lu}))`;
const DATELINE = new RegExp(
  `^(?<head>${HEAD_CHAR}{2,${MAX_DATELINE_PREFIX}}?)\\s*(?:\\((?<bracket>[^)]{1,20})\\))?${SEPARATOR}`,
  'u',
);
const PLACE_WORD = /^[\p{Lu}][\p{L}.'’/-]*$/u;
/** "N.M.", "DC", "NY": a state or region qualifying the place before it. */
const REGION_QUALIFIER = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{2}$|^\p{Lu}\p{Ll}{1,4}\.$/u;
/** "KONTAN.CO.ID - JAKARTA. Pemerintah …": a capitalised place after an outlet-only prefix. */
const PLACE_AFTER_OUTLET = /^(\p{Lu}[\p{Lu}\s-]{1,30}?)\.\s+(?=\p{Lu})/u;
/** "OUTLET.COM – Lampung Utara, Kepala …": a place, then a comma or a dash, then the lead. */
const PLACE_CLAUSE_AFTER_OUTLET =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s*,|\s+[-–—])\s+(?=\p{Lu})/u;
/** "… – Kabarsatu.id. Kegiatan …": the outlet's domain right after the dash. */
const DOMAIN_AFTER_DASH = /^([\p{L}\p{N}-]+(?:\.\p{L}{2,4}){1,2})[.,:]?\s+(?=\p{Lu})/u;
/**
 * "— Казань24. В Казани …", "- ANTARA. Presiden …": a one-word credit closed by a period right
 * after the dash. A lead's first sentence is longer than one word; the word must look like a
 * brand (a digit in it, or capitals), so that an abbreviation ("Dr. Budi") is not cut.
 */
const BRAND_AFTER_DASH = /^(?:\p{L}+\p{N}+|\p{Lu}{3,})\.\s+(?=\p{Lu})/u;
/** Words that open sentences, not place names ("Presiden - …" is no dateline). */
const FUNCTION_START = new RegExp(`^(${alternation(MERGED.datelineFalseStarts)})(\\s|$)`, 'iu');
const AGENCY_AFTER_DASH = new RegExp(
  String.raw`^(?:${alternation(MERGED.agencyBylines)})\s*[./]?\s+(?=\p{Lu})`,
  'u',
);
/** "PONOROGO-Apel …", "FOKUS JATENG-BOYOLALI-Komite …": capitals glued by dashes to the lead. */
const GLUED_CHAIN =
  /^(?:\p{Lu}[\p{Lu}\p{N}.]*(?: \p{Lu}[\p{Lu}\p{N}.]*){0,2}[-–—]){1,3}(?=\p{Lu}\p{Ll})/u;
/** "Blitar, KABARKITA.ID": a place and the outlet, alone on the line (a trailing dash allowed). */
const DATELINE_LINE = /^([^,\n]{2,40}),\s*([^,\n]{2,30}?)(?:\s*[-–—]+)?$/u;
/** "Kassel. Die Stadt …": a town's name and a stop, then the lead's first capital. */
const STOP_DATELINE =
  /^(\p{Lu}[\p{L}'’-]*(?:[ /]\p{Lu}[\p{L}'’-]*){0,2})([.;])\s+(?=[\p{Lu}"„“«‚])/u;
/** "Jakarta: Presiden …", "Jakarta, Outlet: …": a place and a colon before the lead. */
const COLON_DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?:,\s*([^:,\n]{2,30}))?:\s+(?=[\p{Lu}"“„«])/u;

function isOutlet(part: string): boolean {
  const lower = part.toLowerCase();
  return (
    MERGED.outletDomains.some((domain) => domain.test(part)) ||
    OUTLET_SET.has(lower) ||
    EDITION_PREFIX.test(part)
  );
}

/** An outlet written as one token ("WARTAKOTA.ID", "Kabarsatu.id") or a known name. */
function isOutletName(part: string): boolean {
  return /^[\p{L}\p{N}.-]+$/u.test(part) ? isOutlet(part) : OUTLET_SET.has(part.toLowerCase());
}

/**
 * 1–3 capitalised words and nothing else: the shape of a place name. A weekday or a month
 * opens a date line ("Sabtu, 02 Maret 2024 - 14:35 WIB"), a title a person's name.
 */
function isPlace(part: string, requireCaps: boolean): boolean {
  const words = part.split(/\s+/);
  if (words.length > 3 || !words.every((word) => PLACE_WORD.test(word))) return false;
  const first = (words[0] ?? '').toLowerCase();
  if (NOT_PLACE_OPENERS.has(first) || WEEKDAYS.has(first)) return false;
  if (words.length === 1 && first.length > 3 && MONTHS.has(first)) return false;
  return !requireCaps || part === part.toUpperCase();
}

/**
 * A place name by more than its shape: one the gazetteer knows, a province, a place noun and
 * a name ("Kota Batu"), a name in capitals (the dateline convention), or a name with a compass
 * word ("Lampung Utara") — unless an institution's word opens it ("Polda Jawa Timur").
 */
function hasPlaceEvidence(part: string): boolean {
  const lower = part.toLowerCase();
  const words = lower.split(/\s+/);
  const first = words[0] ?? '';
  if (isKnownPlace(part) || REGIONS.has(lower)) return true;
  if (PLACE_NOUNS.has(first)) return words.length > 1;
  if (INSTITUTIONS.has(first)) return false;
  return (
    (part === part.toUpperCase() && /\p{Lu}{3}/u.test(part)) ||
    (words.length > 1 && words.some((word) => DIRECTIONS.has(word)))
  );
}

/** An outlet's name written in capitals ("KABARKITA.ID", "SUARA77.COM", "Beritaku.com"). */
function isCapitalisedOutlet(outlet: string): boolean {
  const name = outlet.split('.')[0] ?? '';
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
}

/** Reads a dateline prefix ("ALMATY - ", "Jakarta, CNN Indonesia -- ", "MOSKOW, SATUHARAPAN.COM-"). */
export const readDateline = memoize(judgeDateline);

function judgeDateline(paragraph: string): Dateline | null {
  return (
    readGluedDateline(paragraph) ??
    readDashedDateline(paragraph) ??
    readDatelineLine(paragraph) ??
    readColonDateline(paragraph)
  );
}

/**
 * "PONOROGO-Apel …", "FOKUS JATENG-BOYOLALI-Komite …": some sites glue the dateline to the
 * lead with bare hyphens. The same shape opens compounds ("ÖFB-Teamchef", "SPD-Chef"), so the
 * place must be a town the gazetteer knows; the other capitals are the outlet.
 */
function readGluedDateline(paragraph: string): Dateline | null {
  const match = GLUED_CHAIN.exec(paragraph);
  if (match === null) return null;
  const places = match[0]
    .split(/[-–—]/u)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0 && isKnownPlace(segment));
  return places.length === 1 ? { place: places[0], length: match[0].length } : null;
}

/** The dateline forms that end with a dash: the common case. */
function readDashedDateline(paragraph: string): Dateline | null {
  // Cheap pre-check: a dateline's dash stands within the first few dozen characters.
  if (!/[-–—]/u.test(paragraph.slice(0, MAX_DATELINE_PREFIX + 12))) return null;
  const match = DATELINE.exec(paragraph);
  if (match === null) return null;
  const head = (match.groups?.head ?? '').trim();
  const bracket = match.groups?.bracket;
  // "Serang, outlet.com (20/12/2016) –", "PARIS, 3 mars 2020 (AFP) -": the newsroom's own date.
  const date = findDates(`${head} (${bracket ?? ''})`)[0]?.iso;
  const agency = bracket !== undefined && !/\d/u.test(bracket) ? bracket : undefined;
  const rest = paragraph.slice(match[0].length);
  // "… – Kabarsatu.id. Kegiatan …": the outlet named after the dash, so every part
  // before it belongs to the place.
  const domain = DOMAIN_AFTER_DASH.exec(rest);
  const outletAfter = domain !== null && isOutlet(domain[1] ?? '') ? domain[0].length : 0;
  // "AMSTERDAM, March 3 (Reuters)", "КАЛУГА, 3 мар": the date part is not place or outlet.
  const parts = head
    .split(/\s*,\s*/)
    .filter(
      (part) => part.length > 0 && (isOutlet(part) || !(/\d/u.test(part) && countWords(part) <= 3)),
    )
    .filter((part, i) => i === 0 || !REGION_QUALIFIER.test(part));
  if (parts.length === 0 || parts.length > 2) return null;
  const places = parts.filter((part) => !isOutlet(part));
  const withDate = (found: Dateline): Dateline => (date === undefined ? found : { ...found, date });
  let place: string | undefined;
  if (places.length === 0) {
    const after = readPlaceAfterOutlet(rest);
    if (after !== null)
      return withDate({
        place: after.place,
        length: match[0].length + after.length,
        ...(parts[0] !== undefined ? { outlet: parts[0] } : {}),
      });
    place = undefined;
  } else if (places.length === 1 && parts.length === 2) {
    // "Jakarta, IDN Times": the one part that is not a known outlet must look like a place;
    // when neither part is known, the multi-word one is the outlet ("Warta Ekonomi, Jakarta").
    const [only] = places;
    if (only === undefined || !isPlace(only, false)) return null;
    place = only;
  } else if (places.length === 2) {
    const [a, b] = places as [string, string];
    if (!isPlace(a, false) || !isPlace(b, false)) return null;
    place = pickPlace(a, b, outletAfter > 0);
    if (place === undefined) return null;
  } else {
    // A lone place without an outlet must be in capitals ("ALMATY -"), or carry an agency
    // credit ("Berlin (dpa) -"), so that ordinary sentences with a dash are not mistaken for one.
    // "Bogor - …" (detik style) is allowed too: one or two capitalised words before a spaced dash.
    const [only] = places;
    const spaced = /\s(?:--|[-–—])(?:\s|$)/u.test(match[0]);
    const shortTitleCase =
      only !== undefined && countWords(only) <= 2 && !FUNCTION_START.test(only);
    if (only === undefined || !isPlace(only, agency === undefined && !(spaced && shortTitleCase))) {
      return null;
    }
    place = only;
  }
  // "КАЛУГА, 3 мар - РИА Новости. Первый …": an agency credit right after the dash.
  const credit =
    AGENCY_AFTER_DASH.exec(rest)?.[0].length ??
    BRAND_AFTER_DASH.exec(rest)?.[0].length ??
    outletAfter;
  const outlet = parts.find(isOutlet) ?? (outletAfter > 0 ? domain?.[1] : undefined);
  return withDate({
    place,
    length: match[0].length + credit,
    ...(outlet !== undefined ? { outlet } : {}),
  });
}

/**
 * Two place-shaped parts and no outlet among them. One the gazetteer knows is the place and the
 * other an outlet it does not know. Places are written from the specific to the general
 * ("Kutai Kartanegara, Kaltim", "TWIN FALLS, Idaho"), so the first is the place when the outlet
 * stands after the dash, or when only it is in capitals (the dateline's own place is set in
 * capitals, its state or province not); otherwise the multi-word part is taken for an unknown
 * outlet ("Fokus Jateng, Boyolali").
 */
function pickPlace(a: string, b: string, outletAfterDash: boolean): string | undefined {
  const isCaps = (part: string): boolean => part === part.toUpperCase();
  if (outletAfterDash) return a;
  const aKnown = isKnownPlace(a);
  const bKnown = isKnownPlace(b);
  if (aKnown !== bKnown) return aKnown || REGIONS.has(a.toLowerCase()) ? a : b;
  if (isCaps(a) && !isCaps(b)) return a;
  const aWords = countWords(a);
  const bWords = countWords(b);
  if (aWords === bWords) return undefined;
  return aWords < bWords ? a : b;
}

/** "KONTAN.CO.ID - JAKARTA. …", "OUTLET.COM – Lampung Utara, …": the place after the outlet. */
function readPlaceAfterOutlet(rest: string): { place: string; length: number } | null {
  const caps = PLACE_AFTER_OUTLET.exec(rest);
  if (caps !== null) return { place: (caps[1] ?? '').trim(), length: caps[0].length };
  const clause = PLACE_CLAUSE_AFTER_OUTLET.exec(rest);
  const place = clause?.[1];
  if (clause === null || place === undefined) return null;
  // After an outlet, a capitalised name and a comma may as well be a person ("Anies Baswedan,
  // Gubernur …"): it counts only with evidence that it names a place.
  if (!isPlace(place, false) || !hasPlaceEvidence(place)) return null;
  return { place, length: clause[0].length };
}

/**
 * "Blitar, KABARKITA.ID", "PASURUAN, SUARA77.COM": the dateline printed on a line of its own,
 * the place first and the outlet after it, without the dash. A byline has the same shape
 * ("Fitria Chusna Farisa, Kompas.com"), but datelines write the outlet in capitals, as in
 * "JAKARTA, KABARKITA.com -", and a writer's name runs to two or three words that are no place.
 */
function readDatelineLine(paragraph: string): Dateline | null {
  const match = DATELINE_LINE.exec(paragraph);
  const place = match?.[1]?.trim();
  const outlet = match?.[2]?.trim();
  if (place === undefined || outlet === undefined || !isOutletName(outlet)) return null;
  if (!isCapitalisedOutlet(outlet) || isOutlet(place) || !isPlace(place, false)) return null;
  if (countWords(place) > 1 && !hasPlaceEvidence(place)) return null;
  return { place, length: paragraph.length, outlet };
}

/**
 * "Jakarta: Presiden …" (some outlets end the dateline with a colon). Headlines often open
 * with a name and a colon ("Jokowi: …", "Rusia: …"), so the place must be a town the gazetteer
 * knows and what follows must read as a lead: a long sentence, not a headline.
 */
function readColonDateline(paragraph: string): Dateline | null {
  const match = COLON_DATELINE.exec(paragraph);
  const place = match?.[1];
  if (match === null || place === undefined || !isKnownPlace(place)) return null;
  const outlet = match[2];
  if (outlet !== undefined && !isOutlet(outlet)) return null;
  const rest = paragraph.slice(match[0].length);
  if (countWords(rest) < MIN_COLON_LEAD_WORDS || !/[.!?]["”’»]?(?:\s|$)/u.test(rest)) return null;
  return { place, length: match[0].length, ...(outlet !== undefined ? { outlet } : {}) };
}

/**
 * "Kassel. Die Stadt …": German regional papers close the dateline with a full stop where
 * others use a dash (lexicon datelineStops). The same shape is an ordinary sentence about a
 * town ("Berlin. Die Stadt …" is rare but possible), so the caller asks only of the first
 * paragraph, and the place must be a town the gazetteer knows, followed by a lead.
 */
export function readStopDateline(paragraph: string, stops: readonly string[]): Dateline | null {
  if (stops.length === 0) return null;
  const match = STOP_DATELINE.exec(paragraph);
  const place = match?.[1];
  if (match === null || place === undefined || !stops.includes(match[2] ?? '')) return null;
  if (!isKnownPlace(place) && !isKnownPlace(place.split('/')[0] ?? '')) return null;
  if (countWords(paragraph.slice(match[0].length)) < MIN_COLON_LEAD_WORDS) return null;
  return { place, length: match[0].length };
}
