// The word lists the pipeline reads, one module per language (id.ts, en.ts, …) behind one
// interface (types.ts). Much of the pipeline runs before the article's language is known
// (noise removal, datelines), or must read foreign words inside it (an English agency credit
// in an Indonesian article), so the logic reads MERGED; lexiconFor gives one language's words.
import { common } from './common.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import type { Lexicon } from './types.ts';

export type { Lexicon } from './types.ts';

/** Every language with a module, by BCP 47 primary tag. Register a new language here. */
export const LANGUAGES: Readonly<Record<string, Lexicon>> = { id, en, de, fr, ru, ro };

/** A list entry's identity, so that equal words, patterns or alias pairs count once. */
function entryKey(entry: unknown): string {
  if (entry instanceof RegExp) return `/${entry.source}/${entry.flags}`;
  if (Array.isArray(entry)) return entry.join('\u0000');
  return String(entry);
}

/** The entries in order, each only at its first occurrence. */
function unique<T>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entryKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The lexicons slot by slot, their entries concatenated in order with duplicates removed. */
export function mergeLexicons(lexicons: readonly Lexicon[]): Lexicon {
  const merged: Record<string, unknown> = {};
  for (const slot of Object.keys(common) as (keyof Lexicon)[]) {
    if (slot === 'months' || slot === 'weekdays') {
      merged[slot] = common[slot].map((_, i) =>
        unique(lexicons.flatMap((lexicon) => lexicon[slot][i] ?? [])),
      );
    } else {
      merged[slot] = unique(lexicons.flatMap((lexicon): readonly unknown[] => lexicon[slot]));
    }
  }
  return merged as unknown as Lexicon;
}

/** Every language's entries and the language-neutral ones (common.ts), in one lexicon. */
export const MERGED: Lexicon = mergeLexicons([...Object.values(LANGUAGES), common]);

const BY_LANGUAGE: ReadonlyMap<string, Lexicon> = new Map(
  Object.entries(LANGUAGES).map(([lang, lexicon]) => [lang, mergeLexicons([lexicon, common])]),
);

/**
 * The lexicon of the article's language (its words and the language-neutral ones), or MERGED
 * when the language has no module or is not known ("und").
 */
export function lexiconFor(lang: string): Lexicon {
  return BY_LANGUAGE.get(lang) ?? MERGED;
}
