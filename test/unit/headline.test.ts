// Choosing the headline by scoring candidates (src/pipeline/headline.ts).
import { describe, expect, it } from 'vitest';
import { findHeadline } from '../../src/pipeline/headline.ts';

const LEAD =
  'The city council voted on Tuesday to close the Riverside swimming pool for a year of repairs, after inspectors found cracks in the main tank.';

describe('findHeadline', () => {
  it('keeps the first line when it is clearly the headline', () => {
    expect(findHeadline(['Council votes to close Riverside pool for repairs', LEAD], 'en')).toEqual(
      {
        index: 0,
        text: 'Council votes to close Riverside pool for repairs',
      },
    );
  });

  it('skips a skip link and a site name with its slogan', () => {
    const lines = [
      'Skip to main content',
      'Daily Courier | News for the valley',
      'Council votes to close Riverside pool for repairs',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(2);
  });

  it('takes the headline from the end of a breadcrumb', () => {
    const lines = ['Home › News › Council votes to close Riverside pool for repairs', LEAD];
    expect(findHeadline(lines, 'en')?.text).toBe(
      'Council votes to close Riverside pool for repairs',
    );
  });

  it('passes over a social-media prompt', () => {
    const lines = [
      'Find us on social media',
      'Council votes to close Riverside pool for repairs',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(1);
  });

  it('passes over a label ending in a colon and menu items glued together', () => {
    const lines = [
      'Follow Us On Social Media :',
      'HomeNewsSportBusinessContact',
      'Council votes to close Riverside pool for repairs',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(2);
  });

  it('prefers the line the page prints twice over a first line printed once', () => {
    const lines = [
      'Get the latest local news every morning',
      'Council votes to close Riverside pool for repairs',
      'Council votes to close Riverside pool for repairs',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(1);
  });

  it('keeps a headline echoed by its lead over a caption printed twice below it', () => {
    const lines = [
      'Council votes to close Riverside pool for repairs',
      'Swimmers at the Riverside pool on Sunday',
      'Swimmers at the Riverside pool on Sunday',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(0);
  });

  it('prefers a line echoed by the lead over a first line sharing no word with it', () => {
    const lines = [
      'Sign up for breaking news alerts today',
      'Council votes to close Riverside pool for repairs',
      LEAD,
    ];
    expect(findHeadline(lines, 'en')?.index).toBe(1);
  });

  it('accepts a kicker in capitals before the headline', () => {
    const lines = [
      'VIDÉO. À Lorient, un incendie détruit un hangar du port',
      'Le feu a pris dans la nuit.',
    ];
    expect(findHeadline(lines, 'fr')?.index).toBe(0);
  });

  it('finds no headline when the file opens with its dateline lead', () => {
    const lines = [
      'JAKARTA, KOMPAS — Pemerintah memperpanjang pembatasan kegiatan masyarakat hingga akhir bulan untuk menekan penularan.',
      'Keputusan itu diambil setelah rapat terbatas di Istana.',
      'Tidak ada "open house"',
    ];
    expect(findHeadline(lines, 'id')).toBeNull();
  });

  it("passes over a site's short name for a two-part headline below the menu", () => {
    const lines = [
      'Ecoul Câmpiei',
      'Știri',
      'Administrație',
      'Podul de la Fetești intră în reparații din iunie. Traficul greu va fi deviat',
      'Autor: Elena Dumitrache',
      'Compania de drumuri a anunțat vineri că podul va intra în reparații capitale de la 1 iunie, iar lucrările vor dura patru luni.',
    ];
    expect(findHeadline(lines, 'ro')?.index).toBe(3);
  });

  it('takes no lead or notice ending with its full stop for a two-part headline', () => {
    const lines = [
      'Radio Lembah',
      'Pemkot menutup jalan. Warga diminta memakai rute lain.',
      'Pemerintah kota menutup jalan utama selama dua pekan untuk perbaikan saluran air, kata kepala dinas pada Senin.',
    ];
    expect(findHeadline(lines, 'id')?.index).not.toBe(1);
  });
});
