// Everyone quoted, A–Z: for the speaker filter and the Speakers page, which load on demand
// (kept out of the first load's speaker statistics).
import type { SpeakerStat } from './speaker-stats.ts';

const alphabetical = new WeakMap<readonly SpeakerStat[], Map<string, readonly SpeakerStat[]>>();

/** The same people A–Z in the UI's language, sorted once per list and locale (not per keystroke). */
export function byName<T extends SpeakerStat>(stats: readonly T[], locale: string): readonly T[] {
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
  return sorted as readonly T[];
}
