// The Speakers page's entries from the index: shared by the build (which shards them) and by
// sources that hold the index in memory (prerendering, tests).
import type { LatestArticle, SpeakerCard } from '../config/speakers.ts';
import { foldText } from '../lib/normalise.ts';
import { countSpeakers } from './speaker-stats.ts';
import type { ArticleSummary } from './types.ts';

/** Articles listed under each speaker; their page lists every quote. */
export const LATEST_ARTICLES = 3;

/** Everyone quoted, most quotes first, each with up to `limit` of their newest articles. */
export function speakerCards(
  articles: readonly ArticleSummary[],
  limit = LATEST_ARTICLES,
): SpeakerCard[] {
  const latest = new Map<string, LatestArticle[]>();
  // The index is newest first: the first articles met are the newest.
  for (const { id, title, lang, speakers } of articles) {
    for (const [name, quotes] of speakers) {
      const list = latest.get(name) ?? [];
      if (list.length < limit) list.push([id, title, lang, quotes]);
      latest.set(name, list);
    }
  }
  return countSpeakers(articles).map((stat) => ({ ...stat, latest: latest.get(stat.name) ?? [] }));
}

/** The letter a name is filed under (accents folded), or '#' for anything else. */
export function letterOf(name: string): string {
  const first = foldText(name).charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : '#';
}

/** The letters names are filed under, sorted. */
export function lettersOf(cards: readonly { name: string }[]): string[] {
  return [...new Set(cards.map((card) => letterOf(card.name)))].sort();
}
