// Golden fixtures: test/fixtures/<case>/ holds
//   input.txt      a raw scrape;
//   checks.json    what a careful human reader says is right (title, lang, dateline, published,
//                  editor, direct/scare counts, speaker of each direct quote), written by hand
//                  from input.txt and never generated from the pipeline's output;
//   expected.json  a snapshot of parseArticle(decodeSeed(bytes), 'input.txt'), a regression
//                  guard only (regenerate with `npm run fixtures [case]`, which prints the diff);
//   KNOWN_GAP.md   when some check does not hold yet: one line per known gap saying what is wrong.
// Each case gets one test per assertion: `snapshot` (when expected.json exists) and each check
// present in checks.json (`quotes` = the direct/scare counts). Speaker rule: case-insensitive; the
// pipeline's speaker (and its `fullName`) must equal an accepted form or be a run of whole words
// inside one (a surname or short form); never longer, so a rank or team name glued on fails.
// Known gaps: checks.json "knownGap": ["speakers", …] names the assertions that fail today; each
// of those runs as `it.fails`, so a fix turns it red: then delete it from "knownGap" and its line
// from KNOWN_GAP.md (and KNOWN_GAP.md itself when no gap is left). "snapshot" in "knownGap" marks
// an expected.json corrected by hand to the right answer, which the pipeline does not produce yet.
// Format details: test/fixtures/README.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/build/decode.ts';
import { parseArticle } from '../../src/pipeline/index.ts';
import type { ParseResult } from '../../src/pipeline/index.ts';
import {
  checkedAssertions,
  parseChecks,
  runChecks,
  speakerMatches,
  type Assertion,
} from '../../scripts/fixture-checks.ts';

const root = path.resolve('test/fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const read = (name: string, file: string): string =>
  readFileSync(path.join(root, name, file), 'utf8');
const has = (name: string, file: string): boolean => existsSync(path.join(root, name, file));

const parsed = new Map<string, ParseResult>();
function parse(name: string): ParseResult {
  let result = parsed.get(name);
  if (result === undefined) {
    const bytes = new Uint8Array(readFileSync(path.join(root, name, 'input.txt')));
    result = JSON.parse(
      JSON.stringify(parseArticle(decodeSeed(bytes), 'input.txt')),
    ) as ParseResult;
    parsed.set(name, result);
  }
  return result;
}

const GAP_NOTE =
  'known gap: if this is red, it holds now; drop it from "knownGap" in checks.json and KNOWN_GAP.md';

describe('golden fixtures', () => {
  it('has fixtures, each with input.txt and checks.json', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.filter((name) => !has(name, 'input.txt') || !has(name, 'checks.json'))).toEqual(
      [],
    );
  });

  describe.each(cases)('%s', (name) => {
    const checks = parseChecks(read(name, 'checks.json'), `${name}/checks.json`);
    const gaps = new Set<Assertion>(checks.knownGap ?? []);
    const test = (assertion: Assertion) =>
      gaps.has(assertion)
        ? it.fails(`${assertion} (${GAP_NOTE})`, run(assertion))
        : it(assertion, run(assertion));
    const run = (assertion: Assertion) => () => {
      if (assertion === 'snapshot') {
        expect(parse(name)).toEqual(JSON.parse(read(name, 'expected.json')));
        return;
      }
      const failure = runChecks(checks, parse(name).article).get(assertion) ?? null;
      expect(failure, `checks.json "${assertion}": ${failure ?? ''}`).toBeNull();
    };

    it('has a KNOWN_GAP.md exactly when checks.json lists a known gap', () => {
      expect(has(name, 'KNOWN_GAP.md')).toBe(gaps.size > 0);
      if (gaps.has('snapshot')) expect(has(name, 'expected.json')).toBe(true);
    });
    if (has(name, 'expected.json')) test('snapshot');
    for (const assertion of checkedAssertions(checks)) test(assertion);
  });
});

describe('fixture speaker matching rule', () => {
  it('accepts the same name in any case, or a whole-word short form of it', () => {
    expect(speakerMatches('Kassym-Jomart Tokayev', 'kassym-jomart tokayev')).toBe(true);
    expect(speakerMatches('Kassym-Jomart Tokayev', 'Tokayev')).toBe(true);
    expect(speakerMatches('Dahlan Arif Sinaga', 'Arif Sinaga')).toBe(true);
    expect(speakerMatches(null, undefined)).toBe(true);
  });
  it('refuses partial words, longer names, other people and invented speakers', () => {
    expect(speakerMatches('Dedi', 'salah')).toBe(false);
    expect(speakerMatches('Sumarni', 'Marni')).toBe(false);
    expect(speakerMatches('Ray Dunn', 'Sgt. Ray Dunn')).toBe(false);
    expect(speakerMatches('Habiburokhman', 'Prabowo-Gibran Habiburokhman')).toBe(false);
    expect(speakerMatches('Rudi Hartono', undefined)).toBe(false);
    expect(speakerMatches(null, 'Dadang')).toBe(false);
  });
  it('takes only the accepted forms when exact', () => {
    expect(speakerMatches('Togar Siregar', 'Siregar', true)).toBe(false);
    expect(speakerMatches('Togar Siregar', 'togar siregar', true)).toBe(true);
  });
});
