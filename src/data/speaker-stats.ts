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

const alphabetical = new WeakMap<readonly SpeakerStat[], Map<string, readonly SpeakerStat[]>>();

/** The same people A–Z in the UI's language, sorted once per list and locale (not per keystroke). */
export function byName(stats: readonly SpeakerStat[], locale: string): readonly SpeakerStat[] {
  let byLocale = alphabetical.get(stats);
  if (byLocale === undefined) {
    byLocale = new Map();
    alphabetical.set(stats, byLocale);
  }
  let sorted = byLocale.get(locale);
  if (sorted === undefined) {
    const collator = new Intl.Collator(locale);
    sorted = [...stats].sort((a, b) => collator.compare(a.name, b.name));
    byLocale.set(locale, sorted);
  }
  return sorted;
}
