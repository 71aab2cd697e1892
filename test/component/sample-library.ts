// A small library built by the real pipeline from the project's seed.
import { readFileSync } from 'node:fs';
import { buildLibrary } from '../../src/build/library.ts';

export function sampleLibrary() {
  return buildLibrary([
    { name: '000_seed.txt', bytes: new Uint8Array(readFileSync('seeds/000_1761d5f041f3f48b.txt')) },
  ]);
}
