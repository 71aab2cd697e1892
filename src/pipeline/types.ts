/** A quotation found in a paragraph. Offsets are UTF-16 code units into the paragraph text. */
export interface Quote {
  /** Offset of the opening mark (or 0 when the quote continues from the previous paragraph). */
  start: number;
  /** Offset just past the closing mark, or the paragraph length when the quote is not closed in it. */
  end: number;
  /** `direct`: someone's words. `scare`: a term the writer set in quote marks. */
  kind: 'direct' | 'scare';
  /**
   * Who said it, as the article names them (pronouns and titles resolved). Direct quotes
   * only; absent when the text does not say for sure (never a guess).
   */
  speaker?: string;
  /** How the speaker was found; set whenever `speaker` is. */
  basis?: AttributionBasis;
  /** The attribution as written beside the quote ("paparnya", "kata Tokayev"), when there is one. */
  cue?: string;
  /** Set when the quotation began in an earlier paragraph. */
  continuesFromPrevious?: true;
  /** Set when the quotation runs on into the next paragraph. */
  continuesToNext?: true;
}

/**
 * How a quote's speaker was found:
 * - `name-after-cue`: a name after the quote ("…," kata Tokayev / "…," Johnson said);
 * - `name-before-cue`: a name before it (Tokayev mengatakan, "…" / Menurut Ganjar, "…");
 * - `pronoun`: a pronoun cue ("paparnya", "he said") resolved to the person last named;
 * - `role`: an office or description ("kata Menkes", "le maire") resolved to its holder, or
 *   kept as written for an unnamed source ("sumber", "a spokesperson");
 * - `statement`: a statement's issuer ("bunyi pernyataan KPK");
 * - `frame`: the sentence around the quote names the speaker (Perry mengatakan bahwa "…");
 * - `continuation`: a piece of a quotation whose other piece carries the cue;
 * - `context`: no cue of its own; the speaker of the surrounding quotes or dialogue.
 */
export type AttributionBasis =
  | 'name-after-cue'
  | 'name-before-cue'
  | 'pronoun'
  | 'role'
  | 'statement'
  | 'frame'
  | 'continuation'
  | 'context';

/** One body paragraph: plain text plus the quotes inside it. */
export interface Paragraph {
  /** The paragraph text, cleaned; never HTML. */
  text: string;
  /** Quotes in order of position, non-overlapping. */
  quotes: Quote[];
}

/** A person quoted in the article. */
export interface Speaker {
  /** The name the article uses most for this person (what `Quote.speaker` holds). */
  name: string;
  /** The longest form of the name seen in the article, when longer than `name`. */
  fullName?: string;
  /**
   * Their office or description as the article introduces them, words as written
   * ("Wali Kota Kediri", "le maire"), when it gives one.
   */
  role?: string;
  /** Number of direct quotes attributed to this person. */
  quotes: number;
}

/** A cleaned article, the contract between the pipeline and the app (see docs/DESIGN.md). */
export interface Article {
  /** Stable, URL-safe, unique id (slug of the title, made unique on collision). */
  id: string;
  /** Seed file name the article came from. */
  source: string;
  /** Headline, or a title derived from the lead when the file has none. */
  title: string;
  /** BCP 47 language tag of the article text, e.g. "id". */
  lang: string;
  /** Place name of the dateline as written, e.g. "ALMATY". */
  dateline?: string;
  /** Publication date as ISO yyyy-mm-dd. */
  published?: string;
  /** Editor named by the trailing tag or editor line, e.g. "min". */
  editor?: string;
  /** The page's canonical address, when the seed was an HTML page that declares one. */
  url?: string;
  /** The publication's name as the page declares it (`og:site_name`). */
  outlet?: string;
  /** The author as the page declares it (`<meta name="author">`, JSON-LD). */
  author?: string;
  /** First words of the body, for lists and meta descriptions. */
  excerpt: string;
  /** Words in the body. */
  wordCount: number;
  /** Estimated reading time in whole minutes (at least 1), calibrated per language. */
  readingMinutes: number;
  /** Everyone quoted directly, most quoted first. */
  speakers: Speaker[];
  /** Body paragraphs in reading order, repeats removed. */
  paragraphs: Paragraph[];
}

/** Something the pipeline could not handle cleanly; the article is still produced when possible. */
export interface Warning {
  /** Machine-readable reason. */
  code: 'empty' | 'no-body' | 'binary' | 'title-derived' | 'weekday-mismatch' | 'truncated-line';
  /** One-line human-readable explanation. */
  message: string;
}

/** What `parseArticle` returns. `article` is null when the file holds no readable article. */
export interface ParseResult {
  article: Article | null;
  warnings: Warning[];
}
