// The parse pool: worker threads give the same results as parsing on the main thread.
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/build/library.ts';
import { createParsePool } from '../../src/build/parse-pool.ts';

const encoder = new TextEncoder();
const seeds = [
  {
    name: 'a.txt',
    text: 'Banjir Rendam Ratusan Rumah\nBANDUNG - Banjir merendam ratusan rumah, Kamis (1/2/2024).\n"Air masuk sejak dini hari," kata Camat Asep Sudrajat.\n',
  },
  {
    name: 'b.txt',
    text: 'Council approves cycle lanes\nLEEDS — The council approved three lanes.\n',
  },
  { name: 'c.pdf', text: 'not a seed' },
].map(({ name, text }) => ({ name, bytes: encoder.encode(text) }));

describe('parse pool', () => {
  it('parses seeds on worker threads exactly as the main thread does', async () => {
    const pool = createParsePool(2);
    try {
      const results = await Promise.all(seeds.map((seed) => pool.parse(seed)));
      expect(results).toEqual(seeds.map((seed) => parseSeed(seed)));
    } finally {
      await pool.close();
    }
  });
});
