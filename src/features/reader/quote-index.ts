// The article's quotes as the reader sees them: each rendered quote's element id, quotes that
// run over several paragraphs joined into one, grouped by speaker, and a colour (tone) per
// speaker that stays the same everywhere in the article. Pure.
import type { Article, Paragraph, Quote } from '../../data/types.ts';
import { splitIntoSegments } from './segments.ts';

/** Number of highlight colours (`--tone-0` … in styles.css); speakers beyond reuse them. */
export const TONE_COUNT = 6;

/** The id of the element rendering `paragraphs[paragraph].quotes[index]`. */
export const quoteElementId = (paragraph: number, index: number): string =>
  `quote-${paragraph}-${index}`;

/** The id of the hidden "Said by …" text a speaker's quotes are described by. */
export const speakerDescriptionId = (speakerIndex: number): string => `speaker-${speakerIndex}`;

export interface QuoteEntry {
  /** Element id of the quote's first part (where "show in text" scrolls to). */
  id: string;
  kind: Quote['kind'];
  speaker?: string;
  /** How the speaker was found (see `Quote.basis`). */
  basis?: NonNullable<Quote['basis']>;
  /** The attribution as written beside the quote ("paparnya"). */
  cue?: string;
  /** The quoted words, marks included, parts of a multi-paragraph quote joined by a space. */
  text: string;
}

export interface SpeakerGroup {
  /** The name quotes carry. */
  name: string;
  /** The longest form of the name, when the article has one. */
  fullName?: string;
  /** Highlight colour slot, 0 … TONE_COUNT - 1. */
  tone: number;
  quotes: QuoteEntry[];
}

export interface QuoteIndex {
  /** Speaker name → position in `speakers` (tone = position % TONE_COUNT). */
  speakerIndex: Map<string, number>;
  speakers: SpeakerGroup[];
  /** Direct quotes with no speaker found. */
  unattributed: QuoteEntry[];
  /** Terms the writer set in quote marks. */
  scare: QuoteEntry[];
  /** Number of direct quotes (a quote over several paragraphs counts once). */
  directCount: number;
}

/** Every quote that is rendered (valid offsets only), in reading order, continuations joined. */
export function collectQuotes(paragraphs: readonly Paragraph[]): QuoteEntry[] {
  const entries: QuoteEntry[] = [];
  let open: QuoteEntry | null = null;
  paragraphs.forEach((paragraph, p) => {
    for (const segment of splitIntoSegments(paragraph.text, paragraph.quotes)) {
      const quote = segment.quote;
      if (quote === undefined) continue;
      if (quote.continuesFromPrevious === true && open?.kind === quote.kind) {
        open.text = `${open.text} ${segment.text}`;
      } else {
        open = {
          id: quoteElementId(p, paragraph.quotes.indexOf(quote)),
          kind: quote.kind,
          ...(quote.speaker === undefined ? {} : { speaker: quote.speaker }),
          ...(quote.basis === undefined ? {} : { basis: quote.basis }),
          ...(quote.cue === undefined ? {} : { cue: quote.cue }),
          text: segment.text,
        };
        entries.push(open);
      }
      if (quote.continuesToNext !== true) open = null;
    }
  });
  return entries;
}

export function indexQuotes(article: Pick<Article, 'speakers' | 'paragraphs'>): QuoteIndex {
  const entries = collectQuotes(article.paragraphs);
  const groups = new Map<string, SpeakerGroup>();
  const addGroup = (name: string, fullName?: string): SpeakerGroup => {
    const group: SpeakerGroup = {
      name,
      ...(fullName === undefined ? {} : { fullName }),
      tone: groups.size % TONE_COUNT,
      quotes: [],
    };
    groups.set(name, group);
    return group;
  };
  // The article's own order (most quoted first) fixes the colours; stragglers follow.
  for (const speaker of article.speakers) addGroup(speaker.name, speaker.fullName);
  const direct = entries.filter((entry) => entry.kind === 'direct');
  for (const entry of direct) {
    if (entry.speaker === undefined) continue;
    (groups.get(entry.speaker) ?? addGroup(entry.speaker)).quotes.push(entry);
  }
  return {
    speakerIndex: new Map([...groups.keys()].map((name, i) => [name, i])),
    speakers: [...groups.values()].filter((group) => group.quotes.length > 0),
    unattributed: direct.filter((entry) => entry.speaker === undefined),
    scare: entries.filter((entry) => entry.kind === 'scare'),
    directCount: direct.length,
  };
}
