// Everyone quoted across the library, from the index: shared by the library's speaker filter
// and the Speakers page.
import type { ArticleSummary, LibraryIndex } from './types.ts';

export interface SpeakerStat {
  name: string;
  /** Direct quotes across the library. */
  quotes: number;
  /** Articles quoting them. */
  articles: number;
  /** The longest form of the name any article gives, when longer than `name`. */
  fullName?: string;
}

/** Everyone quoted in these articles, most quotes first. */
export function countSpeakers(articles: readonly ArticleSummary[]): SpeakerStat[] {
  const stats = new Map<string, SpeakerStat>();
  for (const article of articles) {
    for (const [name, quotes, fullName] of article.speakers) {
      const stat: SpeakerStat = stats.get(name) ?? { name, quotes: 0, articles: 0 };
      stat.quotes += quotes;
      stat.articles += 1;
      if (fullName !== undefined && fullName.length > (stat.fullName ?? name).length) {
        stat.fullName = fullName;
      }
      stats.set(name, stat);
    }
  }
  return [...stats.values()].sort(
    (a, b) => b.quotes - a.quotes || b.articles - a.articles || a.name.localeCompare(b.name),
  );
}

const counted = new WeakMap<LibraryIndex, readonly SpeakerStat[]>();

/** Everyone quoted in the library, computed once per index object. */
export function speakerStats(index: LibraryIndex): readonly SpeakerStat[] {
  let stats = counted.get(index);
  if (stats === undefined) {
    stats = countSpeakers(index.articles);
    counted.set(index, stats);
  }
  return stats;
}
