// Every UI string, in each supported language. English is the reference: the other
// catalogues must have exactly its keys (checked by the type system).

export const en = {
  'app.name': 'Baca',
  'app.tagline': 'News to read offline, with every quotation and its speaker.',
  'nav.library': 'Library',
  'nav.skip': 'Skip to content',
  'locale.label': 'Language',
  'library.title': 'Library',
  'library.count': '{count, plural, one {# article} other {# articles}}',
  'library.empty.title': 'No articles yet',
  'library.empty.body':
    'Add raw article files (.txt) to the seeds/ folder and run the build again.',
  'article.readingTime': '{minutes} min read',
  'article.quotes': '{count, plural, =0 {no quotes} one {# quote} other {# quotes}}',
  'article.back': 'Back to the library',
  'article.loadError': 'This article could not be loaded.',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address. It may have been moved or removed.',
  'notFound.back': 'Go to the library',
  'error.title': 'Something went wrong',
  'error.body': 'Try reloading the page.',
  'offline.status': 'You are offline. Saved articles can still be read.',
  'offline.ready': 'Ready to read offline.',
  'offline.update': 'Update available',
  'offline.reload': 'Reload',
  'offline.dismiss': 'Dismiss',
  'offline.saveAll': 'Save all for offline',
  'offline.saving': 'Saving {done} of {total}…',
  'offline.saved': '{count, plural, one {# article} other {# articles}} saved for offline reading.',
  'offline.allPrecached': 'Every article is kept for offline reading.',
  'offline.storage': 'Using {used} of {quota} on this device.',
  'offline.saveFailed': 'Saving stopped: {reason}',
  'footer.offline': 'Offline reading',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const id: Catalogue = {
  'app.name': 'Baca',
  'app.tagline': 'Berita untuk dibaca luring, dengan setiap kutipan dan penuturnya.',
  'nav.library': 'Pustaka',
  'nav.skip': 'Langsung ke isi',
  'locale.label': 'Bahasa',
  'library.title': 'Pustaka',
  'library.count': '{count, plural, other {# artikel}}',
  'library.empty.title': 'Belum ada artikel',
  'library.empty.body':
    'Tambahkan berkas artikel mentah (.txt) ke folder seeds/ lalu jalankan build lagi.',
  'article.readingTime': '{minutes} menit baca',
  'article.quotes': '{count, plural, =0 {tanpa kutipan} other {# kutipan}}',
  'article.back': 'Kembali ke pustaka',
  'article.loadError': 'Artikel ini tidak dapat dimuat.',
  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Tidak ada apa pun di alamat ini. Mungkin sudah dipindah atau dihapus.',
  'notFound.back': 'Ke pustaka',
  'error.title': 'Terjadi kesalahan',
  'error.body': 'Coba muat ulang halaman.',
  'offline.status': 'Anda sedang luring. Artikel yang tersimpan tetap bisa dibaca.',
  'offline.ready': 'Siap dibaca luring.',
  'offline.update': 'Pembaruan tersedia',
  'offline.reload': 'Muat ulang',
  'offline.dismiss': 'Tutup',
  'offline.saveAll': 'Simpan semua untuk luring',
  'offline.saving': 'Menyimpan {done} dari {total}…',
  'offline.saved': '{count, plural, other {# artikel}} tersimpan untuk dibaca luring.',
  'offline.allPrecached': 'Semua artikel tersimpan untuk dibaca luring.',
  'offline.storage': 'Memakai {used} dari {quota} di perangkat ini.',
  'offline.saveFailed': 'Penyimpanan berhenti: {reason}',
  'footer.offline': 'Baca luring',
};

export const catalogues = { en, id } as const satisfies Record<string, Catalogue>;
export type Locale = keyof typeof catalogues;
export const LOCALES = Object.keys(catalogues) as Locale[];
/** Each language's own name, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
