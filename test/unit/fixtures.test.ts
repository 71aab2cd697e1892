// Golden fixtures: each test/fixtures/<case>/input.txt must parse to its expected.json.
// Regenerate with `npm run fixtures` and review the diff.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/build/decode.ts';
import { parseArticle } from '../../src/pipeline/index.ts';

const root = path.resolve('test/fixtures');
const cases = readdirSync(root).filter((name) =>
  existsSync(path.join(root, name, 'expected.json')),
);

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('%s parses to its expected article', (name) => {
    const input = readFileSync(path.join(root, name, 'input.txt'));
    const expected: unknown = JSON.parse(
      readFileSync(path.join(root, name, 'expected.json'), 'utf8'),
    );
    const actual: unknown = JSON.parse(
      JSON.stringify(parseArticle(decodeSeed(new Uint8Array(input)), 'input.txt')),
    );
    expect(actual).toEqual(expected);
  });
});
