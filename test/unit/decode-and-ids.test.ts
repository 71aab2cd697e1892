import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/build/decode.ts';
import { buildLibrary, toJson } from '../../src/build/library.ts';
import { assignUniqueIds, slugify } from '../../src/pipeline/index.ts';

const seedBytes = new Uint8Array(readFileSync('seeds/000_1761d5f041f3f48b.txt'));
const seedText = new TextDecoder().decode(seedBytes);

describe('decoding seed files', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes]);
    expect(decodeSeed(withBom)).toBe(seedText);
    expect(decodeSeed(seedBytes)).toBe(seedText);
  });

  it('reads UTF-16 in either byte order when it has a byte-order mark', () => {
    const le = new Uint8Array(2 + seedText.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(2 + seedText.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < seedText.length; i++) {
      const code = seedText.charCodeAt(i);
      le[2 + i * 2] = code & 0xff;
      le[3 + i * 2] = code >> 8;
      be[2 + i * 2] = code >> 8;
      be[3 + i * 2] = code & 0xff;
    }
    expect(decodeSeed(le)).toBe(seedText);
    expect(decodeSeed(be)).toBe(seedText);
  });

  it('reads legacy Windows-1252 text (curly quotes, accents)', () => {
    // “Café” in Windows-1252: 0x93 C a f 0xE9 0x94
    expect(decodeSeed(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))).toBe('“Café”');
  });

  it('replaces a stray invalid byte instead of failing', () => {
    const bytes = new Uint8Array([...seedBytes.slice(0, 2000), 0xff, ...seedBytes.slice(2000)]);
    const text = decodeSeed(bytes);
    expect(text).toContain('\uFFFD');
    expect(text).toContain('Tokayev');
  });
});

describe('article ids', () => {
  it('are URL-safe slugs of the title', () => {
    expect(slugify('Situasi Genting, Presiden Kazakhstan Minta Bantuan!')).toBe(
      'situasi-genting-presiden-kazakhstan-minta-bantuan',
    );
    expect(slugify('Straße über Łódź — «prix» 2024')).toMatch(/^[a-z0-9-]+$/);
  });

  it('stay unique when titles collide, without renaming the first article', () => {
    const ids = assignUniqueIds([
      { id: 'same', source: 'b.txt' },
      { id: 'same', source: 'a.txt' },
      { id: 'same', source: 'c.txt' },
    ]);
    expect(new Set(ids.map((a) => a.id)).size).toBe(3);
    expect(ids.find((a) => a.source === 'a.txt')?.id).toBe('same');
  });
});

describe('the library build', () => {
  it('gives byte-identical output for the same seeds', () => {
    const files = [
      { name: 'b.txt', bytes: seedBytes },
      { name: 'a.txt', bytes: seedBytes },
    ];
    const first = buildLibrary(files);
    const second = buildLibrary([...files].reverse());
    expect(toJson(first.index)).toBe(toJson(second.index));
    expect(first.articles.map((a) => toJson(a))).toEqual(second.articles.map((a) => toJson(a)));
    expect(new Set(first.articles.map((a) => a.id)).size).toBe(2);
  });

  it('lists articles newest first', () => {
    const older = new TextEncoder().encode(
      'Berita Lama Sekali Dari Dulu\nJAKARTA - Peristiwa ini terjadi pada Senin (3/1/2011) lalu di kota.\n',
    );
    const { index } = buildLibrary([
      { name: 'old.txt', bytes: older },
      { name: 'seed.txt', bytes: seedBytes },
    ]);
    expect(index.articles.map((a) => a.published)).toEqual(['2022-01-06', '2011-01-03']);
  });
});
