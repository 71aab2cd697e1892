// Shapes of the data files the build writes and the app reads (see docs/DESIGN.md).
export type { Article, Paragraph, Quote, Speaker } from '../pipeline/types.ts';

/** What the library list needs of an article (kept small: the index holds every article). */
export interface ArticleSummary {
  id: string;
  title: string;
  /** BCP 47 language of the article. */
  lang: string;
  dateline?: string;
  /** ISO yyyy-mm-dd. */
  published?: string;
  /** The publication, as the dateline or the page names it. */
  outlet?: string;
  /** Opening words of the body. */
  excerpt: string;
  wordCount: number;
  readingMinutes: number;
  /** Number of direct quotes. */
  quotes: number;
  /**
   * Everyone quoted directly, most quoted first: [name, number of their quotes], plus the
   * longest form of the name when the article gives one (`Speaker.fullName`).
   */
  speakers: SpeakerEntry[];
}

/** One speaker of an article in the index: name, quotes, and full name when longer. */
export type SpeakerEntry = [name: string, quotes: number, fullName?: string];

/** `data/index.json`: every article's summary, newest first. */
export interface LibraryIndex {
  version: 1;
  /**
   * Set on the trimmed index embedded in a prerendered page of a large library: the first
   * articles only, so the page stays small. The app loads the full index after hydration.
   */
  partial?: true;
  /** With `partial`: how many articles the whole library holds. */
  total?: number;
  articles: ArticleSummary[];
}
