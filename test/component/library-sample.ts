// A small library for the library tests, built by the real pipeline, plus helpers to render
// the app over it and to serve its search index to the lazily loaded engine.
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '../../src/app/routes.tsx';
import { buildLibrary, type Library } from '../../src/build/library.ts';
import { buildSearchFiles } from '../../src/build/search-index.ts';
import { memorySource } from '../../src/data/source.ts';
import { resetSearchClient } from '../../src/features/library/search-client.ts';

const SEEDS: Record<string, string> = {
  'kopi.txt': `Kopi Désa Sukamaju Tembus Pasar Eropa
GARUT - Petani kopi di Désa Sukamaju, Garut, mulai mengekspor biji kopi ke Eropa, Senin (4/3/2024).
"Kami bangga kopi desa kami dikenal dunia," kata Kepala Desa Ujang Supriatna.
Ekspor perdana mencapai dua ton dan akan ditambah tahun depan.
`,
  'cabai.txt': `Harga Cabai di Pasar Kranggan Naik Lagi
BEKASI - Harga cabai rawit di Pasar Kranggan naik menjadi Rp80.000 per kilogram, Selasa (5/3/2024).
Pedagang menyebut pasokan kopi dan cabai dari desa berkurang karena hujan.
"Pasokan turun separuh," ujar Sumiyati, pedagang cabai.
"Pembeli juga berkurang," kata Sumiyati.
`,
  'banjir.txt': `Banjir Rendam Ratusan Rumah di Bandung Selatan
BANDUNG - Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, Kamis (1/2/2024).
Air setinggi satu meter masuk ke rumah warga sejak dini hari.
Warga mengungsi ke masjid dan sekolah terdekat. Petugas membagikan makanan dan selimut.
Hujan deras diperkirakan masih turun hingga akhir pekan, sehingga warga diminta tetap waspada.
Sungai Citarum meluap setelah hujan turun sejak sore. Perahu karet dikerahkan untuk evakuasi.
`,
  'council.txt': `Council approves new cycle lanes for the city centre
LEEDS — Leeds City Council has approved three new cycle lanes through the city centre, on Monday, 4 December 2023.
"This is a good day for everyone who rides to work," said councillor Amira Shah.
Work starts in the spring.
`,
};

export function libraryTestData(): Library {
  const encoder = new TextEncoder();
  return buildLibrary(
    Object.entries(SEEDS).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
}

/** Serves the search index's files (`data/search/…`) for these articles (fetch is stubbed). */
export function serveSearchIndex(library: Library): void {
  resetSearchClient();
  const files = buildSearchFiles(library.articles);
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = /\/data\/(search\/[^?]+)/u.exec(url)?.[1];
    const json = name === undefined ? undefined : files.get(name);
    if (json === undefined) return Promise.resolve(new Response('', { status: 404 }));
    return Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } }));
  });
}

/** A search engine over these articles' index, reading its files from memory. */
export async function memorySearchEngine(library: Library) {
  const { openSearchIndex } = await import('../../src/features/library/search-engine.ts');
  const files = buildSearchFiles(library.articles);
  return openSearchIndex('https://baca.test/data/search/manifest.json', (url) => {
    const name = /\/data\/(search\/[^?]+)/u.exec(url)?.[1] ?? '';
    const json = files.get(name);
    return json === undefined
      ? Promise.reject(new Error(`${url}: 404`))
      : Promise.resolve(JSON.parse(json));
  });
}

export function renderLibrary(url: string, library: Library = libraryTestData()) {
  const router = createMemoryRouter(createRoutes(memorySource(library.index, library.articles)), {
    initialEntries: [url],
  });
  return { router, library, ...render(createElement(RouterProvider, { router })) };
}

/** Titles of the cards in the list, in order. */
export function cardTitles(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[role="listitem"] h2')].map((h) => h.textContent);
}

/** Opens the library's "Filter and sort" panel (collapsed by default). */
export async function openFilters(): Promise<void> {
  const { screen } = await import('@testing-library/react');
  const { default: userEvent } = await import('@testing-library/user-event');
  const toggle = await screen.findByRole('button', { name: /^Filter and sort/ });
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  // The panel's code loads on first open.
  await screen.findByRole('combobox', { name: 'Sort' });
}
