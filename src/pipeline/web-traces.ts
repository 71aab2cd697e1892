// Traces a web page leaves in its text: addresses, copyright signs, version strings, template
// slots, hashtag runs of embedded posts, and photo credits closing captions. News prose rarely
// carries them; footers, captions and embeds always do.
import { countWords } from './noise.ts';
import { hasCreditLabel, narratorText, type TextModel } from './page-talk.ts';

/** Web artefacts make chrome of lines up to this long (a paragraph may cite an address). */
const MAX_ARTEFACT_WORDS = 30;
/** A caption with its credit has at most this many words. */
const MAX_CAPTION_WORDS = 40;

const QUOTE_MARK = /["“”„«»]/u;
// A page's address; an e-mail address (Cloudflare writes "[email protected]" where it hid one).
const URL = /(?:https?:\/\/|www\.)\S+/iu;
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\[email\s*protected\]/iu;
const COPYRIGHT = /©/u;
// A software version in a footer ("Version 2.4.1", "v2.3.1").
const VERSION =
  /(?<![\p{L}\p{N}])(?:v|version|versi|versión|версия)\s*\d+(?:\.\d+){1,3}(?![\p{N}])/iu;
// A template slot or URL slug left in the text ("top_banner_slot", "warga_temukan_ular_sanca").
const SLUG = /^[\p{Ll}\p{N}]+(?:[_-][\p{Ll}\p{N}]+){2,}$|^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;
// A social-media handle outside an e-mail address ("(@beritakota)", "/Instagram/@x").
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,}/u;
// Two or more hashtags ending a line.
const HASHTAG_RUN = /(?:#[\p{L}\p{N}_]+\s*){2,}$/u;
// A credit in brackets glued to the caption's last word or full stop, with no space before it
// ("…di Pasar Lama.(rina)", "…laga semalam(Sportku)"); a bracket after a space is an aside.
const GLUED_BRACKET_CREDIT = /[\p{L}\p{N}.!?]\([^()\s][^()]{1,40}\)\.?$/u;
// A photographer's or agency's credit closing a caption after its full stop: a name and an
// outlet around a slash ("(ANTARA/Budi Santoso)", "(Rina/Kabarkota.com)"). Editor tags
// ("(fby/wis)") are lower-case initials and close the last paragraph, not a caption.
const SLASH_CREDIT =
  /[.!?]\s*\((?=[^()]*(?:\p{Lu}|\.\p{L}{2,}))[^()/]{2,30}\/\s?[^()/]{2,30}\)\.?$/u;

/**
 * Traces of the web page in a short line: an address, an e-mail, ©, a version string, a
 * template slot or slug, a handle outside a quotation. Footers and captions carry them.
 */
export function hasWebArtefact(line: string): boolean {
  if (countWords(line) > MAX_ARTEFACT_WORDS) return false;
  const narrator = narratorText(line);
  return (
    URL.test(narrator) ||
    (/[@[]/u.test(narrator) && EMAIL.test(narrator)) ||
    COPYRIGHT.test(line) ||
    VERSION.test(narrator) ||
    SLUG.test(line) ||
    (HANDLE.test(narrator) && !QUOTE_MARK.test(line))
  );
}

/**
 * The caption of an embedded social-media post: it ends in a run of hashtags, which news prose
 * never does (a hashtag in a sentence stands alone, in quotes or as a name).
 */
export function isEmbedCaption(line: string): boolean {
  return HASHTAG_RUN.test(line);
}

/**
 * The bracketed credits end the line with their bracket (and maybe a full stop): on other
 * lines their patterns, tried at every character, cannot match.
 */
const closesWithBracket = (line: string): boolean => line.endsWith(')') || line.endsWith(').');

const hasBracketCredit = (line: string): boolean =>
  GLUED_BRACKET_CREDIT.test(line) || SLASH_CREDIT.test(line);

/**
 * A photo caption carrying its credit: a credit label after the last sentence ("…the library.Credit:
 * Jane Doe", "… Foto: Dok. BPBD", "(Bild: dpa)"), or a bracketed credit glued to the last word
 * or full stop ("…di Pasar Lama.(rina)"), or a name and an outlet around a slash. News sites
 * print a credit under every photo; body paragraphs end with their sentence. A quotation
 * ending `"…," katanya.(ant)` is no caption.
 */
export function hasGluedCredit(line: string, model: TextModel): boolean {
  if (countWords(line) > MAX_CAPTION_WORDS || QUOTE_MARK.test(line)) return false;
  return hasCreditLabel(line, model) || (closesWithBracket(line) && hasBracketCredit(line));
}

/**
 * A photo caption with its credit, glued (above) or as a copyright sign ("Le port
 * au lever du jour. © Archives X"): the picture's line under the headline and the dek.
 */
export function isCreditedCaption(line: string, model: TextModel): boolean {
  if (countWords(line) > MAX_CAPTION_WORDS || QUOTE_MARK.test(line)) return false;
  return COPYRIGHT.test(line) || hasGluedCredit(line, model);
}
