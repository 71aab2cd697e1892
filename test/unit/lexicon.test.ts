import { describe, expect, it } from 'vitest';
import { common } from '../../src/pipeline/lexicon/common.ts';
import { LANGUAGES, MERGED, lexiconFor, type Lexicon } from '../../src/pipeline/lexicon/index.ts';

/** Slots every language must fill: without them quotes in that language go unattributed. */
const REQUIRED: readonly (keyof Lexicon)[] = [
  'cueVerbs',
  'narrativeSpeechVerbs',
  'accordingTo',
  'pronouns',
  'anonymousSpeakers',
  'titles',
  'roleNouns',
  'objectMarkers',
  'prepositions',
  'locativePrepositions',
  'statedLocativePrepositions',
  'functionWords',
  'chromeLines',
  'relatedLinkPrefixes',
  'outletDomains',
];

/** A slot's entries as comparable strings (months and weekdays flattened). */
function entries(lexicon: Lexicon, slot: keyof Lexicon): string[] {
  if (slot === 'months' || slot === 'weekdays') return lexicon[slot].flat();
  return lexicon[slot].map((entry) =>
    typeof entry === 'string' ? entry : entry instanceof RegExp ? String(entry) : entry.join('='),
  );
}

const SLOTS = Object.keys(MERGED) as (keyof Lexicon)[];

describe.each(Object.entries(LANGUAGES))('lexicon %s', (_, lexicon) => {
  it.each(REQUIRED)('has %s', (slot) => {
    expect(entries(lexicon, slot).length).toBeGreaterThan(0);
  });

  it('names months and weekdays', () => {
    expect(lexicon.months.flat().length).toBeGreaterThanOrEqual(11);
    for (const names of lexicon.weekdays) expect(names.length).toBeGreaterThan(0);
  });

  it('lists each entry once per slot, in lower case where it compares lower-cased text', () => {
    for (const slot of SLOTS) {
      const list = entries(lexicon, slot);
      expect(list, slot).toEqual([...new Set(list)]);
      if (slot !== 'agencyBylines' && !(lexicon[slot][0] instanceof RegExp)) {
        for (const entry of list) expect(entry, slot).toBe(entry.toLowerCase());
      }
    }
  });
});

describe('lexiconFor', () => {
  it("gives the detected language's words with the language-neutral ones", () => {
    const indonesian = lexiconFor('id');
    expect(indonesian).not.toBe(MERGED);
    expect(indonesian.cueVerbs).toEqual(LANGUAGES.id?.cueVerbs);
    expect(indonesian.cueVerbs).toContain('kata');
    expect(indonesian.cueVerbs).not.toContain('sagte');
    expect(indonesian.agencyCredits).toEqual(expect.arrayContaining([...common.agencyCredits]));
  });

  it('gives the merged lexicon for a language without a module, or an unknown one', () => {
    expect(lexiconFor('xx')).toBe(MERGED);
    expect(lexiconFor('und')).toBe(MERGED);
  });
});

describe('MERGED', () => {
  it('holds every language entry once, in language order', () => {
    for (const slot of SLOTS) {
      const list = entries(MERGED, slot);
      expect(list, slot).toEqual([...new Set(list)]);
      for (const lexicon of [...Object.values(LANGUAGES), common]) {
        expect(list, slot).toEqual(expect.arrayContaining(entries(lexicon, slot)));
      }
    }
    expect(MERGED.cueVerbs.indexOf('kata')).toBeLessThan(MERGED.cueVerbs.indexOf('said'));
  });

  it('keeps month and weekday numbering aligned across languages', () => {
    expect(MERGED.months[0]).toEqual(expect.arrayContaining(['januari', 'january', 'январь']));
    expect(MERGED.weekdays[0]).toEqual(expect.arrayContaining(['minggu', 'sunday', 'sonntag']));
  });
});
