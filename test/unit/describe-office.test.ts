import { describe, expect, it } from 'vitest';
import { describeOffice } from '../../src/pipeline/names.ts';
import { parseArticle } from '../../src/pipeline/index.ts';

describe('a speaker’s office as the article writes it', () => {
  it('keeps the office and drops forms of address and ranks at either end', () => {
    expect(describeOffice('Kepala Dinas Pariwisata Kota Malang')).toBe(
      'Kepala Dinas Pariwisata Kota Malang',
    );
    expect(describeOffice('Kapolres Bantul AKBP')).toBe('Kapolres Bantul');
    expect(describeOffice('Wakil Direktur Lalu Lintas Komisaris Besar')).toBe(
      'Wakil Direktur Lalu Lintas',
    );
    expect(describeOffice('Dr. Prof.')).toBeNull();
    expect(describeOffice('Bu')).toBeNull();
    expect(describeOffice('Pour')).toBeNull();
  });

  it('reaches the article’s speakers, introduced once and named short later', () => {
    const { article } = parseArticle(
      [
        'Pasar Baru Dibuka Kembali',
        'SEMARANG - Kepala Dinas Perdagangan Kota Semarang Wahyu Pranoto meresmikan pasar itu, Senin (3/6/2024).',
        '"Pedagang bisa berjualan lagi mulai besok," kata Wahyu.',
      ].join('\n'),
      'pasar.txt',
    );
    expect(article?.speakers).toEqual([
      expect.objectContaining({ name: 'Wahyu', role: 'Kepala Dinas Perdagangan Kota Semarang' }),
    ]);
  });
});
