// Attribution cases a reader settles at a glance, each written for this test (names and events
// invented): how a person's full name is kept, who an aside-laden speech verb belongs to, and
// when a pronoun cue is too far from its speaker to be given one.
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../../src/pipeline/index.ts';

function parse(lines: readonly string[]): Article {
  const { article } = parseArticle(lines.join('\n'), 'case.txt');
  if (article === null) throw new Error('no article');
  return article;
}

/** Each direct quote's speaker (or null), in reading order. */
function speakers(article: Article): (string | null)[] {
  return article.paragraphs.flatMap((p) =>
    p.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker ?? null),
  );
}

describe('names', () => {
  it('keeps a first name the article writes only inside the full name', () => {
    const article = parse([
      'Panen Padi Naik Dua Kali Lipat',
      'MAMUJU - Kepala Dinas Pertanian Provinsi Sulbar Mohammad Arif Santoso mengatakan, panen tahun ini naik.',
      'Menurut Arif, cuaca tahun ini lebih bersahabat bagi petani di seluruh kabupaten.',
      '"Kami sudah menyiapkan gudang tambahan untuk menampung hasil panen," kata Arif.',
    ]);
    expect(speakers(article)).toEqual(['Arif']);
    expect(article.speakers[0]?.fullName).toBe('Mohammad Arif Santoso');
  });

  it('drops a word of the body before the name when the run was longer than a name', () => {
    const article = parse([
      'Revisi Aturan Dinilai Terburu-buru',
      'JAKARTA - Direktur Pusat Kajian Hukum & Public Affairs Budi Hartono mengatakan, revisi itu terburu-buru.',
      '"Publik belum melihat drafnya sampai hari ini," kata Budi.',
    ]);
    expect(speakers(article)).toEqual(['Budi']);
    expect(article.speakers[0]?.fullName).toBe('Budi Hartono');
  });

  it('reads a hospital named after a doctor as the hospital, not a person', () => {
    const article = parse([
      'Laboratorium Baru Dibuka di Surabaya',
      'SURABAYA - Kepala Dinas Kesehatan Kota Surabaya Ratna Kusumawati mengatakan, sampel menumpuk.',
      'Sampel diperiksa di beberapa laboratorium, antara lain di RSUD Dr Sutrisno dan RS Harapan.',
      '"Laboratorium baru akan mempercepat hasil pemeriksaan," ujarnya.',
    ]);
    expect(speakers(article)).toEqual(['Ratna Kusumawati']);
  });
});

describe('units are not people', () => {
  it('reads "Komandan Regu C" as the office of the named man before it', () => {
    const article = parse([
      'Pasar Terbakar, Pompa Tak Menyala',
      'BEKASI - Los sayur di pasar induk terbakar pada Selasa dini hari.',
      'Joni, Komandan Regu C dari Pos Pemadam Kebakaran Sektor III, menuturkan, pompa di halaman pasar tidak menyala.',
      '"Kami harus mengambil air dari sungai di belakang pasar," ucapnya.',
    ]);
    expect(speakers(article)).toEqual(['Joni']);
  });
});

describe("an office, its body and the body's place before a name", () => {
  it('reads "Kepala Puskesmas Sukaraja Sutarno" as Sutarno', () => {
    const article = parse([
      'Klaster Arisan Warga',
      'CILACAP - Sebanyak tujuh warga di Kecamatan Sukaraja tertular setelah arisan.',
      '"Semua yang hadir di arisan sudah kami periksa," kata Kepala Puskesmas Sukaraja Sutarno.',
    ]);
    expect(speakers(article)).toEqual(['Sutarno']);
  });
});

describe('name cues', () => {
  it('reads a short name the lexicon takes for a place as the person the article names with it', () => {
    // "Bima" is also a city: alone it is no name, but the article wrote "Bima Prasetyo Nugroho".
    const article = parse([
      'Arsip Daerah Mulai Didigitalkan',
      'MATARAM - Kepala Badan Arsip Daerah (BAD) Bima Prasetyo Nugroho mengatakan, digitalisasi dimulai bulan ini.',
      'Arsip lama akan dipindai satu per satu oleh petugas.',
      '"Kami mulai dari arsip yang paling sering dicari warga," kata Bima.',
    ]);
    expect(speakers(article)).toEqual(['Bima']);
    expect(article.speakers[0]?.fullName).toBe('Bima Prasetyo Nugroho');
  });
});

describe('name cues: a first name that is also a word', () => {
  it('reads "kata Guntur" as the Guntur the article named in full', () => {
    const article = parse([
      'Tarif Parkir Dikritik',
      'PADANG - Kenaikan tarif parkir di pusat kota dinilai terlalu tinggi oleh pedagang.',
      'Guntur Wicaksono menyayangkan keputusan yang diambil tanpa mendengar pedagang.',
      '"Pedagang kecil yang paling dirugikan," kata Guntur.',
    ]);
    expect(speakers(article)).toEqual(['Guntur']);
    expect(article.speakers[0]?.fullName).toBe('Guntur Wicaksono');
  });
});

describe('name cues: a word that only names a body', () => {
  it('leaves "kata Guntur" unattributed when the article writes Guntur only as a party name', () => {
    const article = parse([
      'Tarif Ditolak',
      'PADANG - Kenaikan tarif parkir itu ditolak pedagang dan sejumlah partai.',
      'Partai Guntur Rakyat menolak kenaikan itu dalam rapat pleno.',
      '"Kenaikan ini memberatkan pedagang kecil," kata Guntur.',
    ]);
    expect(speakers(article)).toEqual([null]);
  });
});

describe('pronoun cues', () => {
  it('finds the speaker of a verb set off by asides of time and manner', () => {
    const article = parse([
      'Sengketa Lahan Belum Selesai',
      'KUPANG - Dosen hukum agraria, Yohanes Bere, ketika ditemui, Senin (8/2/2021), mengatakan, sengketa tanah Markus Ndolu bisa diselesaikan lewat mediasi.',
      '"Mediasi lebih cepat daripada gugatan," ucapnya.',
    ]);
    expect(speakers(article)).toEqual(['Yohanes Bere']);
  });

  it('finds a speaker named after the faction they come from', () => {
    const article = parse([
      'Aturan Parkir Belum Diumumkan',
      'SURAKARTA - Aturan parkir yang baru belum diumumkan kepada warga sampai Senin.',
      'Anggota Komisi C DPRD dari Fraksi Partai Hijau Rahmat Sulistyo mengatakan, rancangannya sudah selesai dibahas.',
      'Namun, kapan aturan itu berlaku belum dapat dipastikan.',
      '"Kami menunggu tanda tangan wali kota," katanya.',
    ]);
    expect(speakers(article)).toEqual(['Rahmat Sulistyo']);
  });

  it('ends a party name at its bracketed acronym: the person comes after it', () => {
    const article = parse([
      'Jadwal Pemilihan Ketua RW',
      'BOGOR - Pengamat pemerintahan Andi Saputra mengatakan, pemilihan ketua RW dapat diundur.',
      '"Semua bergantung pada kesiapan panitia," ujar Andi.',
      'Secara terpisah, anggota Komisi A dari Fraksi Partai Rakyat Maju Sejahtera (PRMS) Dodi Kurniawan mengatakan, pemilihan tidak perlu diundur.',
      'Panitia sudah menyiapkan kotak suara di setiap RT.',
      '"Warga sudah siap memilih bulan ini," ucapnya.',
    ]);
    expect(speakers(article)).toEqual(['Andi', 'Dodi Kurniawan']);
  });

  it('counts a forecast as speech: the forecaster is who a later cue means', () => {
    const article = parse([
      'Harga Beras Diperkirakan Stabil',
      'CIREBON - Ketua asosiasi penggilingan padi Hendro Wibisono mengatakan, stok gabah mulai naik.',
      '"Gudang kami hampir penuh," kata Hendro.',
      'Secara terpisah, peneliti pertanian Sinta Maharani memprediksi, harga beras akan stabil sampai akhir tahun.',
      'Panen raya di pantura berlangsung lebih awal tahun ini.',
      '"Pasokan dari petani cukup untuk tiga bulan," katanya.',
    ]);
    expect(speakers(article)).toEqual(['Hendro', 'Sinta Maharani']);
  });

  it('reads a name after "untuk" and a region, with a verb of saying next, as the speaker', () => {
    const article = parse([
      'Bibit Mangrove Ditanam',
      'KETAPANG - Ribuan bibit mangrove ditanam di pesisir pekan ini.',
      'Pemimpin Program Konservasi untuk Kalimantan Rudi Hartanto mengatakan, penanaman berlangsung dua bulan.',
      'Bibit dipilih dari kebun warga yang sudah terbiasa merawatnya.',
      '"Kami akan memantau bibit itu setiap minggu," katanya.',
    ]);
    expect(speakers(article)).toEqual(['Rudi Hartanto']);
  });

  it('does not take a ferry named before "Ia menyebut" for the speaker', () => {
    // "Laut." is short enough to read as an abbreviation, so the name run could go on into
    // the next sentence and take its verb of saying.
    const article = parse([
      'Kapal Rusak, Penumpang Tertahan',
      'AMBON - Ratusan penumpang tertahan setelah KMP Sinar Laut mengalami kerusakan mesin.',
      'Manajer Usaha PT Feri Nusantara Cabang Ambon, Yosef Latuheru, membenarkan adanya gangguan mesin pada KMP Sinar Laut. Ia menyebut kapal pengganti didatangkan dari Galala.',
      '"Kami mohon maaf kepada pengguna jasa," katanya.',
    ]);
    expect(speakers(article)).toEqual(['Yosef Latuheru']);
  });

  it('gives no speaker when a name in passing stands between the cue and its speaker', () => {
    const article = parse([
      'Sengketa Lahan Belum Selesai',
      'KUPANG - Sengketa lahan antara warga Markus Ndolu (45) dan pemerintah desa belum selesai.',
      'Pengajar hukum Universitas Nusa Cendana Yohanes Bere mengatakan, sengketa itu rumit.',
      'Menurut Yohanes, kedua pihak harus menunggu putusan pengadilan negeri setempat.',
      'Sidang berikutnya dijadwalkan pekan depan di gedung pengadilan negeri.',
      'Dengan demikian, keputusan soal lahan milik Markus dapat ditunda lagi.',
      '"Semua pihak sebaiknya menahan diri dulu sampai ada putusan," katanya.',
    ]);
    expect(speakers(article)).toEqual([null]);
  });
});

describe('quote kinds', () => {
  it('reads a quoted title in its own capitals as a scare quote, not someone’s words', () => {
    const article = parse([
      'Pariwisata Pesisir Bangkit',
      'PONTIANAK - Sejumlah gagasan mengemuka dalam seminar bertajuk "Arah Baru Pengembangan Pariwisata Pesisir dan Desa Wisata di Kalimantan Barat", Rabu.',
      '"Kami optimistis kunjungan wisata akan naik tahun depan," kata Ahmad Fauzi, pembicara dalam seminar itu.',
    ]);
    const kinds = article.paragraphs.flatMap((p) => p.quotes.map((q) => q.kind));
    expect(kinds).toEqual(['scare', 'direct']);
  });
});
