// The article's quotes as the reader sees them: each rendered quote's element id, quotes that
// run over several paragraphs joined into one, grouped by speaker, and a colour (tone) per
// speaker that stays the same everywhere in the article. Pure.
import { quoteAnchor } from '../../config/paths.ts';
import type { Article, Paragraph, Quote } from '../../data/types.ts';
import { splitIntoSegments } from './segments.ts';

/** Number of highlight colours (`--tone-0` … in styles.css); speakers beyond reuse them. */
export const TONE_COUNT = 6;

/** The id of the element rendering `paragraphs[paragraph].quotes[index]`. */
export const quoteElementId = quoteAnchor;

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
  /** Their office or description, as the article introduces them. */
  role?: string;
  /** Highlight colour slot, 0 … TONE_COUNT - 1. */
  tone: number;
  /** A short label, unique in the article ("KT"): tells speakers apart without colour. */
  initials: string;
  quotes: QuoteEntry[];
}

export interface QuoteIndex {
  /** Speaker name → position in `speakers` (tone = position % TONE_COUNT). */
  speakerIndex: Map<string, number>;
  /** Speaker name → initials (see `SpeakerGroup.initials`). */
  initials: Map<string, string>;
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

const letter = (word: string): string => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';

/**
 * Initials for each name, unique among `names` (in order, so the most quoted keep the shortest):
 * first and last word's first letters ("Kassym-Jomart Tokayev" → "KT", "Tokayev" → "T"), then
 * longer starts of the last word ("Ba", "Bu"), then a number.
 */
export function speakerInitials(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const name of names) {
    const words = name.split(/\s+/u).filter((word) => letter(word) !== '');
    const first = words[0] ?? name;
    const last = words.at(-1) ?? name;
    const lastLetters = Array.from(last.replace(/^[^\p{L}\p{N}]+/u, ''));
    const candidates = [
      (words.length > 1 ? letter(first) : '') + letter(last),
      ...[2, 3].map((n) => lastLetters.slice(0, n).join('')),
    ].map((candidate) => candidate.toLocaleUpperCase());
    let chosen = candidates.find((candidate) => candidate !== '' && !taken.has(candidate));
    for (let n = 2; chosen === undefined; n++) {
      if (!taken.has(`${candidates[0] ?? ''}${n}`)) chosen = `${candidates[0] ?? ''}${n}`;
    }
    taken.add(chosen);
    result.set(name, chosen);
  }
  return result;
}

export function indexQuotes(article: Pick<Article, 'speakers' | 'paragraphs'>): QuoteIndex {
  const entries = collectQuotes(article.paragraphs);
  const groups = new Map<string, SpeakerGroup>();
  const addGroup = (name: string, fullName?: string, role?: string): SpeakerGroup => {
    const group: SpeakerGroup = {
      name,
      ...(fullName === undefined ? {} : { fullName }),
      ...(role === undefined ? {} : { role }),
      tone: groups.size % TONE_COUNT,
      initials: '',
      quotes: [],
    };
    groups.set(name, group);
    return group;
  };
  // The article's own order (most quoted first) fixes the colours; stragglers follow.
  for (const speaker of article.speakers) addGroup(speaker.name, speaker.fullName, speaker.role);
  const direct = entries.filter((entry) => entry.kind === 'direct');
  for (const entry of direct) {
    if (entry.speaker === undefined) continue;
    (groups.get(entry.speaker) ?? addGroup(entry.speaker)).quotes.push(entry);
  }
  const initials = speakerInitials([...groups.keys()]);
  for (const group of groups.values()) group.initials = initials.get(group.name) ?? '';
  return {
    speakerIndex: new Map([...groups.keys()].map((name, i) => [name, i])),
    initials,
    speakers: [...groups.values()].filter((group) => group.quotes.length > 0),
    unattributed: direct.filter((entry) => entry.speaker === undefined),
    scare: entries.filter((entry) => entry.kind === 'scare'),
    directCount: direct.length,
  };
}
