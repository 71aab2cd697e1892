// @vitest-environment jsdom
// The outlet an article names: on its card, as a library filter kept in the URL, and in search.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/build/library.ts';
import { memorySearchEngine, openFilters } from './library-sample.ts';
import { renderApp } from './render-app.tsx';

const encoder = new TextEncoder();
const library = buildLibrary(
  Object.entries({
    'garut.txt': `Petani Kopi Garut Mulai Ekspor ke Eropa
GARUT, KABARPRIANGAN.com - Petani kopi di Garut mulai mengekspor biji kopi ke Eropa pekan ini.
Ekspor perdana mencapai dua ton dan akan ditambah tahun depan.
`,
    'bekasi.txt': `Harga Cabai di Pasar Bekasi Naik Lagi
BEKASI, WARTAKOTA.com - Harga cabai rawit di pasar naik menjadi Rp80.000 per kilogram.
Pedagang menyebut pasokan dari desa berkurang karena hujan.
`,
    'bandung.txt': `Banjir Rendam Ratusan Rumah di Bandung Selatan
BANDUNG - Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot sejak dini hari.
Warga mengungsi ke masjid dan sekolah terdekat.
`,
  }).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
);

const cardTitles = (): string[] =>
  within(screen.getByRole('main'))
    .getAllByRole('link')
    .map((link) => link.textContent)
    .filter((text) => text.length > 20);

describe('outlets in the library', () => {
  it('names the outlet on its card and filters by it, keeping the filter in the URL', async () => {
    const { router } = renderApp('/', library.index, library.articles);
    await screen.findByRole('link', { name: 'Petani Kopi Garut Mulai Ekspor ke Eropa' });
    expect(screen.getByText(/^KABARPRIANGAN\.com · /u)).toBeVisible();
    await openFilters();
    const outlet = screen.getByRole('combobox', { name: 'Outlet' });
    expect(
      within(outlet)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All outlets', 'KABARPRIANGAN.com (1 article)', 'WARTAKOTA.com (1 article)']);
    await userEvent.selectOptions(outlet, 'WARTAKOTA.com');
    expect(cardTitles()).toEqual(['Harga Cabai di Pasar Bekasi Naik Lagi']);
    expect(router.state.location.search).toBe('?outlet=WARTAKOTA.com');
  });

  it('hides the outlet filter when no article names one', async () => {
    const plain = buildLibrary([
      {
        name: 'bandung.txt',
        bytes: encoder.encode(
          'Banjir Rendam Ratusan Rumah di Bandung Selatan\nBANDUNG - Banjir merendam ratusan rumah sejak dini hari.\n',
        ),
      },
    ]);
    renderApp('/', plain.index, plain.articles);
    await screen.findByRole('link', { name: 'Banjir Rendam Ratusan Rumah di Bandung Selatan' });
    await openFilters();
    expect(screen.queryByRole('combobox', { name: 'Outlet' })).toBeNull();
  });

  it('finds articles by their outlet in full-text search', async () => {
    const engine = await memorySearchEngine(library);
    const found = (await engine.search('wartakota')).map(
      (match) => library.index.articles[match.doc]?.id,
    );
    expect(found).toEqual([
      library.articles.find((article) => article.outlet === 'WARTAKOTA.com')?.id,
    ]);
  });
});
