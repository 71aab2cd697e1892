// The six languages' conventions for attributed quotes, written for the generator. Names are
// small pools of common given names and surnames, not taken from any article.
import { CALENDARS, RU_MONTHS_PREPOSITIONAL, type LangCode } from './calendar.ts';
import {
  capitalise,
  pick,
  splitEnd,
  type Gender,
  type LanguageKit,
  type Marks,
  type Role,
  type Scene,
} from './kit.ts';

const marks = (open: string, close: string, pad = ''): Marks => ({ open, close, pad });
const both = (text: string, style: Role['style'] = 'title'): Role => ({
  text: { m: text, f: text },
  style,
});
const gendered = (m: string, f: string, style: Role['style'] = 'title'): Role => ({
  text: { m, f },
  style,
});
const same = (names: readonly string[]): Record<Gender, readonly string[]> => ({
  m: names,
  f: names,
});
const city = (name: string, locative = name): { name: string; locative: string } => ({
  name,
  locative,
});
const fill = (template: string, scene: Scene, lang: LangCode, country = scene.country): string =>
  template
    .replaceAll('{CITY}', scene.city.name)
    .replaceAll('{CITY_LOC}', scene.city.locative)
    .replaceAll('{WEEKDAY}', CALENDARS[lang].weekdays[scene.weekday] ?? '')
    .replaceAll('{MONTH}', CALENDARS[lang].months[scene.month] ?? '')
    .replaceAll('{MONTH_LOC}', RU_MONTHS_PREPOSITIONAL[scene.month] ?? '')
    .replaceAll('{COUNTRY}', country);
const weekday = (lang: LangCode, scene: Scene): string =>
  CALENDARS[lang].weekdays[scene.weekday] ?? '';
const month = (lang: LangCode, scene: Scene): string => CALENDARS[lang].months[scene.month] ?? '';
/** Role words of a language: every word of its role phrases, lower case. */
const roleWords = (roles: readonly Role[], extra: readonly string[]): string[] => [
  ...new Set([
    ...roles.flatMap((r) => [r.text.m, r.text.f].flatMap((t) => t.toLowerCase().split(/[\s,]+/u))),
    ...extra,
  ]),
];

/** English-style marks: the comma or question mark inside the closing mark. */
function insideThenCue(m: Marks, quote: string): string {
  const { body, end } = splitEnd(quote);
  return `${m.open}${body}${end === '.' ? ',' : end}${m.close}`;
}
function insideSentence(m: Marks, quote: string): string {
  const { body, end } = splitEnd(quote);
  return `${m.open}${body}${end}${m.close}`;
}
/** German and Romanian: the comma after the closing mark. */
function outsideThenCue(m: Marks, quote: string): string {
  const { body, end } = splitEnd(quote);
  return `${m.open}${body}${end === '.' ? '' : end}${m.close},`;
}

// ---------------------------------------------------------------------------------------------
// Indonesian

const ID_ROLES: readonly Role[] = [
  both('Kepala Dinas Kesehatan Jawa Barat', 'appositive'),
  both('Kepala Dinas Kesehatan Jawa Barat'),
  both('Kepala Pelaksana BPBD Kabupaten Garut', 'appositive'),
  both('Juru Bicara Pemerintah Kota Bandung', 'appositive'),
  both('Sekretaris Daerah Kota Semarang'),
  both('Direktur RSUD Kota Bogor', 'appositive'),
  both('Kapolsek Coblong Kompol'),
  both('Kapolres Malang AKBP'),
  both('Ketua RW 07 Kelurahan Sukamaju', 'appositive'),
];
const ID_VERBS = ['kata', 'ujar', 'tutur', 'ungkap', 'jelas', 'tegas', 'imbuh', 'terang'];
const ID_BEFORE = [
  'mengatakan,',
  'menjelaskan,',
  'menegaskan,',
  'menambahkan,',
  'mengungkapkan:',
  'menuturkan:',
  'mengatakan:',
];
const idDate = (s: Scene): string => `${s.day}/${s.month + 1}/${s.year}`;

const indonesian: LanguageKit = {
  code: 'id',
  given: {
    m: [
      'Budi',
      'Agus',
      'Hendra',
      'Wahyu',
      'Eko',
      'Joko',
      'Rudi',
      'Dedi',
      'Andi',
      'Teguh',
      'Yusuf',
      'Bambang',
      'Rahmat',
      'Iwan',
      'Fajar',
    ],
    f: [
      'Dewi',
      'Siti',
      'Rina',
      'Yanti',
      'Ratna',
      'Fitri',
      'Ayu',
      'Putri',
      'Wulan',
      'Nurul',
      'Endang',
      'Sri',
    ],
  },
  surnames: same([
    'Santoso',
    'Wibowo',
    'Hidayat',
    'Setiawan',
    'Susanto',
    'Pratama',
    'Saputra',
    'Kurniawan',
    'Rahayu',
    'Nugroho',
    'Purnomo',
    'Siregar',
    'Nasution',
    'Hartono',
    'Gunawan',
    'Wijaya',
    'Suryadi',
    'Permana',
    'Simanjuntak',
  ]),
  mononyms: {
    m: ['Suharjono', 'Sutrisno', 'Mulyadi', 'Suyatno', 'Sukirman', 'Wagiman'],
    f: ['Sumarni', 'Suparmi', 'Tukiyem', 'Sulastri', 'Painem'],
  },
  shortByGiven: true,
  honorific: { m: 'Pak', f: 'Bu' },
  roles: ID_ROLES,
  cities: ['Bandung', 'Surabaya', 'Semarang', 'Medan', 'Makassar', 'Yogyakarta', 'Malang'].map(
    (c) => city(c),
  ),
  countryCodes: ['MY', 'JP', 'SG', 'TH', 'AU', 'NL'],
  marks: [marks('“', '”'), marks('"', '"'), marks('"', '”'), marks('“', '"')],
  quotes: [
    'Kami sudah menyiapkan tenda darurat dan dapur umum untuk warga yang mengungsi',
    'Air mulai naik sejak tengah malam, jadi warga kami minta tetap waspada',
    'Anggaran perbaikan jalan sudah kami ajukan, tinggal menunggu persetujuan dewan',
    'Stok beras di gudang masih cukup untuk tiga bulan ke depan',
    'Kami tidak akan menaikkan tarif sebelum layanan benar-benar membaik',
    'Petugas kami sudah berada di lokasi sejak pagi untuk mendata kerusakan',
    'Sekolah tetap buka, tetapi jam masuk kami undur satu jam',
    'Ini bukan pertama kalinya jembatan itu rusak, dan kami sudah berkali-kali melapor',
    'Kalau hujan turun lagi malam ini, jalur tersebut terpaksa kami tutup',
    'Pasien yang datang hari ini sebagian besar anak-anak dengan gejala diare',
    'Siapa yang akan menanggung biaya pengobatan warga?',
    'Bantuan untuk korban akan kami salurkan mulai besok pagi',
  ],
  headlines: [
    'Banjir Rendam Ratusan Rumah di {CITY}, Warga Mengungsi',
    'Harga Cabai di {CITY} Melonjak, Pedagang Mengeluh',
    'Jembatan Penghubung Dua Desa di {CITY} Ambruk',
  ],
  narrative: [
    'Banjir merendam sedikitnya 200 rumah di {CITY} sejak {WEEKDAY} malam.',
    'Hujan deras mengguyur kawasan tersebut selama lebih dari enam jam.',
    'Pemerintah kota menyiapkan tiga lokasi pengungsian bagi warga terdampak.',
    'Sejumlah ruas jalan masih tergenang hingga {WEEKDAY} siang.',
    'Harga cabai di pasar tradisional naik hampir dua kali lipat dalam sepekan terakhir.',
    'Perbaikan jembatan itu dijadwalkan rampung pada {MONTH} mendatang.',
    'Delegasi dari {COUNTRY} dijadwalkan meninjau proyek tersebut pada {MONTH}.',
    'Petugas gabungan masih membersihkan lumpur dari jalan utama.',
    'Aliran listrik di sebagian wilayah sempat padam selama beberapa jam.',
    'Sebagian besar pengungsi adalah perempuan dan anak-anak.',
  ],
  scare: [
    ['Kawasan itu kini dikenal sebagai {SCARE} di kalangan pengendara.', 'jalur maut'],
    ['Program bantuan bertajuk {SCARE} itu mulai berjalan pada {MONTH} lalu.', 'kampung tangguh'],
    ['Sejak pekan lalu, kawasan tersebut berstatus {SCARE}.', 'zona merah'],
  ],
  pronoun: { m: 'dia', f: 'dia' },
  titleWords: roleWords(ID_ROLES, ['pak', 'bu', 'bapak', 'ibu']),

  quoteThenCue: insideThenCue,
  quoteSentence: insideSentence,
  cueAfterName: (v, who, _g, question) => `${question ? 'tanya' : pick(ID_VERBS, v)} ${who}.`,
  cueAfterPronoun: (v, _g, question) => {
    if (question) return 'tanyanya.';
    const forms = [...ID_VERBS.map((verb) => `${verb}nya`), 'kata dia', 'ujar dia'];
    return `${pick(forms, v)}.`;
  },
  cueAfterScene: (v, who, _g, question, scene, variant) => {
    const verb = question ? 'tanya' : pick(ID_VERBS, v);
    const day = weekday('id', scene);
    return pick(
      [
        `${verb} ${who} di ${scene.city.name}, ${day} (${idDate(scene)}).`,
        `${verb} ${who} kepada wartawan di ${scene.city.name}, ${day}.`,
        `${verb} ${who} saat ditemui di ${scene.city.name}, ${day} (${idDate(scene)}).`,
        `${verb} ${who} di ${scene.country}, ${day}.`,
        `${verb} ${who}, ${day} (${idDate(scene)}).`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject) => `${subject} ${pick(ID_BEFORE, v)}`,
  according: (who) => `Menurut ${who},`,
  connector: (v, who) =>
    `${pick(['Namun', 'Meski demikian', 'Karena itu'], v)}, ${pick(['kata', 'ujar'], v >> 2)} ${who ?? 'dia'},`,
  intro: (person, named, scene, variant) => {
    if (person.role === undefined) {
      return pick(
        [
          `${person.full} (${person.age}), warga ${scene.city.name}, sudah tinggal di kawasan itu sejak kecil.`,
          `Rumah milik ${person.full} (${person.age}) termasuk yang terendam paling parah.`,
        ],
        variant,
      );
    }
    return pick(
      [
        `${named(true, true)} meninjau lokasi banjir di ${scene.city.name} pada ${weekday('id', scene)} (${idDate(scene)}).`,
        `Sejak pagi, ${named(false, true)} sudah berada di posko pengungsian.`,
      ],
      variant,
    );
  },
  bystander: (person, scene, variant) =>
    pick(
      [
        `Rapat tersebut juga dihadiri anggota DPRD ${scene.city.name}, ${person.full}.`,
        `Turut hadir dalam kunjungan itu ${person.full}, relawan dari ${scene.city.name}.`,
      ],
      variant,
    ),
  date: idDate,
};

// ---------------------------------------------------------------------------------------------
// English

const EN_ROLES: readonly Role[] = [
  gendered('police spokesman', 'police spokeswoman'),
  both('council leader'),
  both('head teacher'),
  both('site manager'),
  both('Detective Inspector'),
  both("the city's mayor", 'appositive'),
  both('the head of the local food bank', 'appositive'),
];
const EN_AFTER = ['said', 'added', 'explained'];
const EN_SUBJECT = ['said', 'added', 'told reporters', 'told the meeting'];
const EN_BEFORE = ['said:', 'said,', 'told reporters:', 'added:'];

const english: LanguageKit = {
  code: 'en',
  given: {
    m: [
      'James',
      'Robert',
      'Michael',
      'David',
      'Peter',
      'Paul',
      'Steven',
      'Andrew',
      'Richard',
      'Gareth',
      'Simon',
      'Graham',
    ],
    f: [
      'Sarah',
      'Emma',
      'Laura',
      'Helen',
      'Karen',
      'Rachel',
      'Claire',
      'Louise',
      'Joanne',
      'Fiona',
      'Alison',
    ],
  },
  surnames: same([
    'Miller',
    'Thompson',
    'Walker',
    'Harris',
    'Clarke',
    'Baker',
    'Turner',
    'Hughes',
    'Parker',
    'Collins',
    'Edwards',
    'Morgan',
    'Bennett',
    'Foster',
    'Hayes',
    'Fletcher',
    'Holloway',
    'Pritchard',
  ]),
  shortByGiven: false,
  honorific: { m: 'Mr', f: 'Ms' },
  roles: EN_ROLES,
  cities: ['Leeds', 'Bristol', 'Norwich', 'Cardiff', 'Sheffield', 'Exeter'].map((c) => city(c)),
  countryCodes: ['FR', 'ES', 'IT', 'DE', 'PL', 'IE', 'JP'],
  marks: [marks('“', '”'), marks('"', '"'), marks('"', '”')],
  quotes: [
    'We have had crews out since six this morning clearing the worst of the debris',
    'Nobody should have to wait four hours for an ambulance in this day and age',
    'The money is there, it just has not reached the people who need it',
    'We will keep the school open for as long as it is safe to do so',
    'Prices have gone up every month this year and families are feeling it',
    'I have lived on this street for thirty years and never seen water this high',
    'We are asking residents to avoid the area until the road has been inspected',
    'It is a temporary measure and we will review it at the end of the month',
    'Why did it take a flood for anyone to listen to us?',
    'The bridge will stay closed until the engineers are satisfied it is safe',
    'We knew this winter would be hard, but nobody expected it to be this hard',
  ],
  headlines: [
    'Floods force families from their homes in {CITY}',
    'Council defends cost of new flood barrier in {CITY}',
    'Bridge closure leaves {CITY} villages cut off',
  ],
  narrative: [
    'Flooding has affected more than 200 homes in {CITY} since {WEEKDAY} night.',
    'Heavy rain fell across the area for more than six hours.',
    'The council has opened three rest centres for people forced to leave their homes.',
    'Several roads remained closed on {WEEKDAY} afternoon.',
    'The price of basic groceries has risen sharply since {MONTH}.',
    'Repairs to the bridge are expected to be finished in {MONTH}.',
    'A delegation from {COUNTRY} is due to visit the site in {MONTH}.',
    'Emergency crews were still pumping water from the main road.',
    'Power was cut to part of the town for several hours.',
    'Most of those who left their homes were families with young children.',
  ],
  scare: [
    ['The junction has become a {SCARE} for cyclists.', 'black spot'],
    ['Residents were promised {SCARE} housing on the site.', 'affordable'],
    ['The barrier was meant to be {SCARE}.', 'temporary'],
  ],
  pronoun: { m: 'he', f: 'she' },
  titleWords: roleWords(EN_ROLES, ['mr', 'mrs', 'ms', 'dr', 'the']),

  quoteThenCue: insideThenCue,
  quoteSentence: insideSentence,
  cueAfterName: (v, who, _g, question) => `${question ? 'asked' : pick(EN_AFTER, v)} ${who}.`,
  cueAfterSubject: (v, who, _g, question) => `${who} ${question ? 'asked' : pick(EN_SUBJECT, v)}.`,
  cueAfterPronoun: (v, g, question) =>
    `${english.pronoun[g]} ${question ? 'asked' : pick(EN_SUBJECT, v)}.`,
  cueAfterScene: (v, who, _g, question, scene, variant) => {
    const verb = question ? 'asked' : pick(EN_AFTER, v);
    const day = weekday('en', scene);
    return pick(
      [
        `${verb} ${who} in ${scene.city.name} on ${day}.`,
        `${who} ${question ? 'asked' : 'said'} on ${day}.`,
        `${verb} ${who} on ${scene.day} ${month('en', scene)}.`,
        `${who} told reporters in ${scene.country} on ${day}.`,
        `${verb} ${who}, speaking in ${scene.city.name} on ${day}.`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject) => `${subject} ${pick(EN_BEFORE, v)}`,
  according: (who) => `According to ${who},`,
  connector: (v, who, g) =>
    `${pick(['But', 'However'], v)}, ${who ?? english.pronoun[g]} ${pick(['said', 'added'], v >> 1)},`,
  intro: (person, named, scene, variant) => {
    if (person.role === undefined) {
      return pick(
        [
          `${person.full}, ${person.age}, has lived on the street for thirty years.`,
          `${person.full}, ${person.age}, was among those forced to leave home on ${weekday('en', scene)}.`,
        ],
        variant,
      );
    }
    return pick(
      [
        `${named(true, true)} visited the site on ${weekday('en', scene)}.`,
        `${named(true, true)} arrived at the scene shortly after midnight.`,
      ],
      variant,
    );
  },
  bystander: (person, scene, variant) =>
    pick(
      [
        `The meeting was also attended by local MP ${person.full}.`,
        `Volunteers including ${person.full} from ${scene.city.name} helped to fill sandbags.`,
      ],
      variant,
    ),
  date: (s) => `${s.day} ${month('en', s)}`,
};

// ---------------------------------------------------------------------------------------------
// German

const DE_ROLES: readonly Role[] = [
  gendered('Polizeisprecher', 'Polizeisprecherin'),
  gendered('Bürgermeister', 'Bürgermeisterin'),
  gendered('Schulleiter', 'Schulleiterin'),
  gendered('Landrat', 'Landrätin'),
  gendered('der Leiter des Gesundheitsamts', 'die Leiterin des Gesundheitsamts', 'appositive'),
  gendered('der Vorsitzende des Mietervereins', 'die Vorsitzende des Mietervereins', 'appositive'),
];
const DE_AFTER = ['sagte', 'erklärte', 'betonte', 'meinte', 'fügte', 'so'];
const deAfter = (verb: string, who: string): string =>
  verb === 'fügte' ? `fügte ${who} hinzu.` : `${verb} ${who}.`;

const german: LanguageKit = {
  code: 'de',
  given: {
    m: [
      'Klaus',
      'Jürgen',
      'Stefan',
      'Andreas',
      'Frank',
      'Uwe',
      'Matthias',
      'Tobias',
      'Markus',
      'Holger',
      'Dirk',
    ],
    f: [
      'Sabine',
      'Petra',
      'Claudia',
      'Monika',
      'Katrin',
      'Anja',
      'Birgit',
      'Heike',
      'Silke',
      'Jana',
    ],
  },
  surnames: same([
    'Berger',
    'Müller',
    'Schneider',
    'Fischer',
    'Weber',
    'Wagner',
    'Becker',
    'Hoffmann',
    'Schulz',
    'Neumann',
    'Zimmermann',
    'Krüger',
    'Hartmann',
    'Brandt',
    'Seidel',
    'Winkler',
    'Kühn',
  ]),
  shortByGiven: false,
  roles: DE_ROLES,
  cities: ['Leipzig', 'Dresden', 'Hannover', 'Bremen', 'Kassel', 'Freiburg'].map((c) => city(c)),
  countryCodes: ['AT', 'FR', 'IT', 'ES', 'PL', 'DK'],
  marks: [marks('„', '“'), marks('"', '"'), marks('»', '«'), marks('„', '"'), marks('„', '”')],
  quotes: [
    'Wir haben seit dem frühen Morgen alle verfügbaren Kräfte im Einsatz',
    'Die Sperrung bleibt bestehen, bis die Brücke vollständig geprüft ist',
    'Niemand muss sich Sorgen um die Trinkwasserversorgung machen',
    'Das Geld für die Sanierung ist im Haushalt fest eingeplant',
    'Wir bitten die Anwohner, den Bereich weiträumig zu umfahren',
    'Die Preise sind in diesem Jahr deutlich stärker gestiegen als erwartet',
    'Ich wohne seit dreißig Jahren hier und habe so ein Hochwasser noch nie erlebt',
    'Der Unterricht findet ab Montag wieder regulär statt',
    'Wie soll eine Familie mit zwei Kindern das noch bezahlen?',
    'Wir werden die Lage in den nächsten Tagen genau beobachten',
    'Die Schäden sind größer, als wir am Anfang gedacht haben',
  ],
  headlines: [
    'Hochwasser in {CITY}: Familien verlassen ihre Häuser',
    'Stadt {CITY} verteidigt Kosten für neue Brücke',
    'Nach dem Unwetter: Aufräumarbeiten in {CITY} dauern an',
  ],
  narrative: [
    'Seit {WEEKDAY} stehen in {CITY} mehr als 200 Keller unter Wasser.',
    'Der Regen hielt mehr als sechs Stunden an.',
    'Die Stadt hat drei Notunterkünfte für betroffene Familien eingerichtet.',
    'Mehrere Straßen blieben auch am {WEEKDAY} gesperrt.',
    'Die Lebensmittelpreise sind seit {MONTH} deutlich gestiegen.',
    'Die Reparatur der Brücke soll im {MONTH} abgeschlossen sein.',
    'Eine Delegation aus {COUNTRY} wird im {MONTH} erwartet.',
    'Einsatzkräfte pumpten noch am Abend Wasser aus den Kellern.',
    'In Teilen der Stadt fiel für mehrere Stunden der Strom aus.',
    'Unter den Betroffenen sind viele Familien mit kleinen Kindern.',
  ],
  scare: [
    ['Die Kreuzung gilt unter Anwohnern als {SCARE}.', 'Todeskurve'],
    ['Das {SCARE} an der Brücke steht seit {MONTH}.', 'Provisorium'],
    ['Die Baustelle ist längst zur {SCARE} geworden.', 'Dauerbaustelle'],
  ],
  pronoun: { m: 'er', f: 'sie' },
  titleWords: roleWords(DE_ROLES, ['herr', 'frau', 'dr']),

  quoteThenCue: outsideThenCue,
  quoteSentence: insideSentence,
  cueAfterName: (v, who, _g, question) => deAfter(question ? 'fragte' : pick(DE_AFTER, v), who),
  cueAfterPronoun: (v, g, question) =>
    deAfter(question ? 'fragte' : pick(DE_AFTER.slice(0, 5), v), german.pronoun[g]),
  cueAfterScene: (v, who, _g, question, scene, variant) => {
    const verb = question ? 'fragte' : pick(['sagte', 'erklärte', 'betonte'], v);
    const day = weekday('de', scene);
    return pick(
      [
        `${verb} ${who} am ${day} in ${scene.city.name}.`,
        `${verb} ${who} am ${scene.day}. ${month('de', scene)}.`,
        `${verb} ${who} am ${day} in ${scene.country}.`,
        `${verb} ${who} am ${day}.`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject) => `${subject} ${pick(['sagte:', 'erklärte:', 'betonte:'], v)}`,
  intro: (person, named, scene, variant) => {
    if (person.role === undefined) {
      return pick(
        [
          `${person.full} (${person.age}) wohnt seit dreißig Jahren in der Straße.`,
          `Auch das Haus von ${person.full} (${person.age}) stand am ${weekday('de', scene)} unter Wasser.`,
        ],
        variant,
      );
    }
    return pick(
      [
        `${named(true, true)} war am ${weekday('de', scene)} vor Ort.`,
        `Am ${weekday('de', scene)} besuchte ${named(false, true)} die betroffenen Straßen.`,
      ],
      variant,
    );
  },
  bystander: (person, _scene, variant) =>
    pick(
      [
        `An dem Treffen nahm auch ${person.full} vom Landesamt für Umwelt teil.`,
        `Auch ${person.full} von der Freiwilligen Feuerwehr war vor Ort.`,
      ],
      variant,
    ),
  date: (s) => `${s.day}. ${month('de', s)}`,
};

// ---------------------------------------------------------------------------------------------
// French

const FR_ROLES: readonly Role[] = [
  gendered('le maire de {CITY}', 'la maire de {CITY}', 'appositive'),
  gendered('le directeur de l’hôpital', 'la directrice de l’hôpital', 'appositive'),
  both('la porte-parole de la préfecture', 'appositive'),
  gendered(
    'le président de l’association des riverains',
    'la présidente de l’association des riverains',
    'appositive',
  ),
  gendered(
    'l’adjoint au maire chargé des travaux',
    'l’adjointe au maire chargée des travaux',
    'appositive',
  ),
];
const FR_AFTER = [
  'a déclaré',
  'a expliqué',
  'a affirmé',
  'a précisé',
  'affirme',
  'explique',
  'souligne',
  'précise',
  'ajoute',
  'estime',
  'confie',
  'raconte',
];
const FR_INVERTED = [
  'a-t-{P} déclaré',
  'a-t-{P} dit',
  'a-t-{P} expliqué',
  'a-t-{P} ajouté',
  'affirme-t-{P}',
  'explique-t-{P}',
  'souligne-t-{P}',
  'précise-t-{P}',
  'ajoute-t-{P}',
  'estime-t-{P}',
  'confie-t-{P}',
  'dit-{P}',
];
const frPronoun = (g: Gender): string => (g === 'm' ? 'il' : 'elle');
const frInverted = (v: number, g: Gender, question: boolean): string =>
  (question ? 'demande-t-{P}' : pick(FR_INVERTED, v)).replace('{P}', frPronoun(g));
const e = (g: Gender): string => (g === 'f' ? 'e' : '');

const french: LanguageKit = {
  code: 'fr',
  given: {
    m: [
      'Pierre',
      'Philippe',
      'Christophe',
      'Nicolas',
      'Laurent',
      'Olivier',
      'Julien',
      'Thierry',
      'Stéphane',
      'Jean-Pierre',
      'Jean-Marc',
      'François',
    ],
    f: [
      'Marie',
      'Nathalie',
      'Isabelle',
      'Sophie',
      'Sylvie',
      'Catherine',
      'Céline',
      'Valérie',
      'Sandrine',
      'Marie-Claire',
      'Hélène',
    ],
  },
  surnames: same([
    'Dubois',
    'Bernard',
    'Durand',
    'Lefebvre',
    'Moreau',
    'Girard',
    'Fournier',
    'Morel',
    'Mercier',
    'Garnier',
    'Faure',
    'Chevalier',
    'Lambert',
    'Rousseau',
    'Perrin',
    'Gauthier',
    'Bonnet',
    'Roussel',
    'Masson',
  ]),
  shortByGiven: false,
  roles: FR_ROLES,
  cities: ['Lyon', 'Toulouse', 'Nantes', 'Lille', 'Rennes', 'Bordeaux'].map((c) => city(c)),
  countryCodes: ['SG', 'CY', 'MT', 'CU', 'MG', 'MC'],
  marks: [
    marks('«', '»', ' '),
    marks('«', '»', '\u00a0'),
    marks('"', '"'),
    marks('“', '”'),
    marks('«', '»'),
  ],
  quotes: [
    'Nous avons mobilisé toutes les équipes disponibles depuis ce matin',
    'La route restera fermée tant que le pont n’aura pas été inspecté',
    'Il n’y a aucun risque pour l’eau du robinet',
    'Le budget pour la rénovation de l’école est déjà voté',
    'Nous demandons aux habitants d’éviter le secteur jusqu’à nouvel ordre',
    'Je vis dans ce quartier depuis trente ans et je n’ai jamais vu ça',
    'Les prix ont augmenté chaque mois et les familles le sentent',
    'Comment une famille peut-elle encore payer un tel loyer ?',
    'Nous allons suivre la situation de très près dans les prochains jours',
    'Les dégâts sont plus importants que ce que nous pensions au départ',
  ],
  headlines: [
    'Inondations à {CITY} : des familles évacuées',
    'À {CITY}, la mairie défend le coût du nouveau pont',
    'Après les orages, le nettoyage se poursuit à {CITY}',
  ],
  narrative: [
    'Les inondations ont touché plus de 200 logements à {CITY} depuis {WEEKDAY} soir.',
    'La pluie est tombée sans interruption pendant plus de six heures.',
    'La mairie a ouvert trois centres d’hébergement pour les familles sinistrées.',
    'Plusieurs routes restaient fermées {WEEKDAY} après-midi.',
    'Les prix alimentaires ont fortement augmenté depuis {MONTH}.',
    'Les travaux sur le pont doivent s’achever en {MONTH}.',
    'Une délégation venue de {COUNTRY} est attendue en {MONTH}.',
    'Les pompiers pompaient encore l’eau des caves en fin de journée.',
    'L’électricité a été coupée pendant plusieurs heures dans une partie de la ville.',
    'La plupart des sinistrés sont des familles avec de jeunes enfants.',
  ],
  scare: [
    ['Ce carrefour est devenu un {SCARE} pour les cyclistes.', 'point noir'],
    ['Les familles ont été relogées dans des logements {SCARE}.', 'provisoires'],
    ['Le chantier est qualifié de {SCARE} dans le quartier.', 'interminable'],
  ],
  pronoun: { m: 'il', f: 'elle' },
  titleWords: roleWords(FR_ROLES, ['m', 'mme', 'monsieur', 'madame']),

  quoteThenCue: (m, quote) => {
    const { body, end } = splitEnd(quote);
    const pad = m.pad;
    return end === '.'
      ? `${m.open}${pad}${body}${pad}${m.close},`
      : `${m.open}${pad}${body}${pad}${end}${pad}${m.close}`;
  },
  quoteSentence: (m, quote) => {
    const { body, end } = splitEnd(quote);
    return `${m.open}${m.pad}${body}${end === '.' ? '.' : `${m.pad}${end}`}${m.pad}${m.close}`;
  },
  cueAfterName: (v, who, _g, question) => `${question ? 'demande' : pick(FR_AFTER, v)} ${who}.`,
  cueAfterPronoun: (v, g, question) => `${frInverted(v, g, question)}.`,
  cueAfterScene: (v, who, g, question, scene, variant) => {
    const verb = question ? 'demande' : pick(FR_AFTER, v);
    const day = weekday('fr', scene);
    return pick(
      [
        `${verb} ${who} ${day} à ${scene.city.name}.`,
        `${verb} ${who} le ${scene.day} ${month('fr', scene)}.`,
        `${verb} ${who}, ${day}, depuis ${scene.country}.`,
        `${verb} ${who}, joint${e(g)} par téléphone ${day}.`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject) =>
    `${subject} ${pick(['a déclaré :', 'explique :', 'a ajouté :', 'précise :'], v)}`,
  according: (who) => `Selon ${who},`,
  interruptedInside: (m, first, second, v, who, g) => {
    const incise = who === null ? frInverted(v, g, false) : `${pick(FR_AFTER, v)} ${who}`;
    const { body } = splitEnd(first);
    const rest = french.quoteSentence(marks('', '', m.pad), second).trim();
    return `${m.open}${m.pad}${body}, ${incise}. ${rest}${m.pad}${m.close}`;
  },
  intro: (person, named, scene, variant) => {
    const g = person.gender;
    if (person.role === undefined) {
      return pick(
        [
          `${person.full}, ${person.age} ans, habite le quartier depuis trente ans.`,
          `La maison de ${person.full}, ${person.age} ans, a été inondée ${weekday('fr', scene)}.`,
        ],
        variant,
      );
    }
    return pick(
      [
        `${named(true, true)} s’est rendu${e(g)} sur place ${weekday('fr', scene)} matin.`,
        `${capitalise(weekday('fr', scene))}, ${named(false, true)} a réuni les services de la ville.`,
      ],
      variant,
    );
  },
  bystander: (person, _scene, variant) =>
    pick(
      [
        `${person.full}, conseill${person.gender === 'f' ? 'ère' : 'er'} départemental${e(person.gender)}, était également présent${e(person.gender)}.`,
        `La réunion s’est tenue en présence de ${person.full}, bénévole à la Croix-Rouge.`,
      ],
      variant,
    ),
  date: (s) => `${s.day} ${month('fr', s)}`,
};

// ---------------------------------------------------------------------------------------------
// Russian

const RU_ROLES: readonly Role[] = [
  both('глава администрации района'),
  both('пресс-секретарь губернатора'),
  both('министр здравоохранения региона'),
  both('директор школы'),
  both('председатель комитета по транспорту'),
  both('заместитель мэра'),
];
const RU_AFTER: readonly (readonly [string, string])[] = [
  ['сказал', 'сказала'],
  ['заявил', 'заявила'],
  ['отметил', 'отметила'],
  ['пояснил', 'пояснила'],
  ['добавил', 'добавила'],
  ['подчеркнул', 'подчеркнула'],
  ['рассказал', 'рассказала'],
];
const ruVerb = (v: number, g: Gender, question: boolean): string => {
  const [m, f] = question ? ['спросил', 'спросила'] : pick(RU_AFTER, v);
  return g === 'm' ? m : f;
};
const RU_WEEKDAY_AT = [
  'в понедельник',
  'во вторник',
  'в среду',
  'в четверг',
  'в пятницу',
  'в субботу',
  'в воскресенье',
];
const ruPast = (g: Gender, m: string, f: string): string => (g === 'm' ? m : f);

const russian: LanguageKit = {
  code: 'ru',
  given: {
    m: [
      'Иван',
      'Алексей',
      'Сергей',
      'Дмитрий',
      'Андрей',
      'Николай',
      'Михаил',
      'Павел',
      'Олег',
      'Виктор',
      'Игорь',
    ],
    f: [
      'Анна',
      'Елена',
      'Ольга',
      'Наталья',
      'Татьяна',
      'Ирина',
      'Мария',
      'Светлана',
      'Юлия',
      'Марина',
    ],
  },
  surnames: {
    m: [
      'Петров',
      'Смирнов',
      'Кузнецов',
      'Соколов',
      'Волков',
      'Морозов',
      'Новиков',
      'Фёдоров',
      'Орлов',
      'Лебедев',
      'Козлов',
      'Егоров',
      'Белов',
      'Захаров',
      'Громов',
    ],
    f: [
      'Петрова',
      'Смирнова',
      'Кузнецова',
      'Соколова',
      'Волкова',
      'Морозова',
      'Новикова',
      'Фёдорова',
      'Орлова',
      'Лебедева',
      'Козлова',
      'Егорова',
      'Белова',
      'Захарова',
      'Громова',
    ],
  },
  shortByGiven: false,
  roles: RU_ROLES,
  cities: [
    city('Казань', 'Казани'),
    city('Самара', 'Самаре'),
    city('Пермь', 'Перми'),
    city('Тверь', 'Твери'),
    city('Омск', 'Омске'),
    city('Томск', 'Томске'),
  ],
  countryCodes: ['DE', 'FR', 'IT', 'ES', 'IN'],
  marks: [marks('«', '»'), marks('"', '"'), marks('„', '“')],
  quotes: [
    'Все службы работают в усиленном режиме с раннего утра',
    'Дорога будет закрыта до окончания проверки моста',
    'Угрозы для питьевой воды нет, качество проверяется ежедневно',
    'Деньги на ремонт школы уже заложены в бюджет',
    'Мы просим жителей не приближаться к месту происшествия',
    'Я живу здесь тридцать лет, и такой высокой воды здесь ещё не было',
    'Цены растут каждый месяц, и семьи это чувствуют',
    'Как семье с двумя детьми платить такие деньги?',
    'Ситуацию мы будем держать на контроле в ближайшие дни',
    'Ущерб оказался больше, чем мы думали вначале',
  ],
  headlines: [
    'Паводок в {CITY_LOC}: жители покидают дома',
    'В {CITY_LOC} объяснили рост цен на продукты',
    'Ремонт моста в {CITY_LOC} затянулся',
  ],
  narrative: [
    'Паводок затронул более 200 домов в {CITY_LOC}.',
    'Дожди не прекращались более шести часов.',
    'Власти открыли три пункта временного размещения для пострадавших семей.',
    'Несколько улиц оставались перекрытыми {WEEKDAY_AT}.',
    'Цены на продукты заметно выросли с начала года.',
    'Ремонт моста начался в {MONTH_LOC}.',
    'Среди стран-участниц проекта — {COUNTRY}.',
    'Спасатели продолжали откачивать воду из подвалов до вечера.',
    'В части города на несколько часов отключали электричество.',
    'Большинство пострадавших — семьи с маленькими детьми.',
  ],
  scare: [
    ['Участок у школы в городе давно называют {SCARE}.', 'чёрной точкой'],
    ['Программа {SCARE} стартовала в {MONTH_LOC}.', 'Чистая вода'],
    ['Новый мост местные жители прозвали {SCARE}.', 'долгостроем'],
  ],
  pronoun: { m: 'он', f: 'она' },
  titleWords: roleWords(RU_ROLES, ['господин', 'госпожа']),

  quoteThenCue: (m, quote) => {
    const { body, end } = splitEnd(quote);
    return end === '.' ? `${m.open}${body}${m.close}, —` : `${m.open}${body}${end}${m.close} —`;
  },
  quoteSentence: (m, quote) => {
    const { body, end } = splitEnd(quote);
    return end === '.' ? `${m.open}${body}${m.close}.` : `${m.open}${body}${end}${m.close}`;
  },
  cueAfterName: (v, who, g, question) => `${ruVerb(v, g, question)} ${who}.`,
  cueAfterPronoun: (v, g, question) => `${ruVerb(v, g, question)} ${russian.pronoun[g]}.`,
  cueAfterScene: (v, who, g, question, scene, variant) => {
    const verb = ruVerb(v, g, question);
    const day = RU_WEEKDAY_AT[scene.weekday] ?? '';
    return pick(
      [
        `${verb} ${who} ${day} в ${scene.city.locative}.`,
        `${verb} ${who} ${scene.day} ${month('ru', scene)}.`,
        `${verb} ${who} журналистам ${day}.`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject, g) => `${subject} ${ruVerb(v, g, false)}:`,
  interruptedInside: (m, first, second, v, who, g) => {
    const { body } = splitEnd(first);
    const { body: rest, end } = splitEnd(second);
    const cue = `${ruVerb(v, g, false)} ${who ?? russian.pronoun[g]}`;
    return `${m.open}${body}, — ${cue}. — ${rest}${end === '.' ? '' : end}${m.close}${end === '.' ? '.' : ''}`;
  },
  intro: (person, named, scene, variant) => {
    const g = person.gender;
    const day = RU_WEEKDAY_AT[scene.weekday] ?? '';
    if (person.role === undefined) {
      return pick(
        [
          `${person.full} живёт на этой улице больше тридцати лет.`,
          `Дом, в котором живёт ${person.full}, затопило ${day}.`,
        ],
        variant,
      );
    }
    return pick(
      [
        `${named(true, true)} ${day} ${ruPast(g, 'побывал', 'побывала')} на месте происшествия.`,
        `${capitalise(day)} ${named(false, true)} ${ruPast(g, 'провёл', 'провела')} совещание с коммунальными службами.`,
      ],
      variant,
    );
  },
  bystander: (person, _scene, variant) =>
    pick(
      [
        `На встрече также ${ruPast(person.gender, 'присутствовал', 'присутствовала')} депутат городской думы ${person.full}.`,
        `Помощь пострадавшим ${ruPast(person.gender, 'оказывал', 'оказывала')} волонтёр ${person.full}.`,
      ],
      variant,
    ),
  date: (s) => `${s.day} ${month('ru', s)}`,
};

// ---------------------------------------------------------------------------------------------
// Romanian

const RO_ROLES: readonly Role[] = [
  both('primarul municipiului {CITY}', 'appositive'),
  gendered(
    'purtătorul de cuvânt al Prefecturii',
    'purtătoarea de cuvânt a Prefecturii',
    'appositive',
  ),
  gendered('directorul spitalului județean', 'directoarea spitalului județean', 'appositive'),
  gendered('președintele consiliului județean', 'președinta consiliului județean', 'appositive'),
  gendered('inspectorul școlar general', 'inspectoarea școlară generală', 'appositive'),
];
const RO_AFTER = [
  'a spus',
  'a declarat',
  'a precizat',
  'a explicat',
  'a adăugat',
  'a subliniat',
  'spune',
  'susține',
];

const romanian: LanguageKit = {
  code: 'ro',
  given: {
    m: [
      'Ion',
      'Mihai',
      'Andrei',
      'Gheorghe',
      'Vasile',
      'Adrian',
      'Florin',
      'Cristian',
      'Bogdan',
      'Marius',
      'Sorin',
    ],
    f: [
      'Maria',
      'Elena',
      'Ioana',
      'Mihaela',
      'Cristina',
      'Andreea',
      'Gabriela',
      'Raluca',
      'Simona',
      'Alina',
    ],
  },
  surnames: same([
    'Popescu',
    'Ionescu',
    'Dumitrescu',
    'Stoica',
    'Munteanu',
    'Georgescu',
    'Ciobanu',
    'Lazăr',
    'Dinu',
    'Moldovan',
    'Rusu',
    'Tănase',
    'Barbu',
    'Neagu',
    'Sârbu',
    'Oprea',
    'Nistor',
  ]),
  shortByGiven: false,
  roles: RO_ROLES,
  cities: ['Cluj-Napoca', 'Iași', 'Timișoara', 'Brașov', 'Constanța', 'Sibiu'].map((c) => city(c)),
  countryCodes: ['DE', 'FR', 'IT', 'ES', 'AT'],
  marks: [marks('„', '”'), marks('"', '"'), marks('«', '»'), marks('„', '"'), marks('"', '”')],
  quotes: [
    'Toate echipele sunt pe teren încă de la primele ore ale dimineții',
    'Drumul rămâne închis până la finalizarea verificărilor la pod',
    'Nu există niciun risc pentru apa potabilă',
    'Banii pentru renovarea școlii sunt deja prevăzuți în buget',
    'Le cerem locuitorilor să evite zona până la noi ordine',
    'Locuiesc aici de treizeci de ani și nu am văzut niciodată apa atât de mare',
    'Prețurile cresc în fiecare lună, iar familiile simt asta',
    'Cum să mai plătească o familie cu doi copii asemenea facturi?',
    'Vom urmări situația îndeaproape în următoarele zile',
    'Pagubele sunt mai mari decât am crezut la început',
  ],
  headlines: [
    'Inundații la {CITY}: familii evacuate',
    'Primăria din {CITY} apără costul noului pod',
    'După furtună, curățenia continuă la {CITY}',
  ],
  narrative: [
    'Inundațiile au afectat peste 200 de locuințe din {CITY} încă de {WEEKDAY} seara.',
    'Ploaia a căzut fără întrerupere mai bine de șase ore.',
    'Primăria a deschis trei centre de cazare pentru familiile afectate.',
    'Mai multe străzi au rămas închise și {WEEKDAY}.',
    'Prețurile alimentelor au crescut puternic din {MONTH}.',
    'Lucrările la pod ar trebui să se încheie în {MONTH}.',
    'O delegație din {COUNTRY} este așteptată în {MONTH}.',
    'Pompierii au scos apa din subsoluri până seara târziu.',
    'Curentul electric a fost întrerupt câteva ore într-o parte a orașului.',
    'Cei mai mulți sinistrați sunt familii cu copii mici.',
  ],
  scare: [
    ['Intersecția a devenit un {SCARE} pentru bicicliști.', 'punct negru'],
    ['Familiile au fost mutate în locuințe {SCARE}.', 'temporare'],
    ['Șantierul este numit în cartier {SCARE}.', 'interminabil'],
  ],
  pronoun: { m: 'el', f: 'ea' },
  titleWords: roleWords(RO_ROLES, ['domnul', 'doamna']),

  quoteThenCue: outsideThenCue,
  quoteSentence: insideSentence,
  cueAfterName: (v, who, _g, question) => `${question ? 'a întrebat' : pick(RO_AFTER, v)} ${who}.`,
  cueAfterPronoun: (v, g, question) =>
    `${question ? 'a întrebat' : pick(RO_AFTER, v)} ${romanian.pronoun[g]}.`,
  cueAfterScene: (v, who, _g, question, scene, variant) => {
    const verb = question ? 'a întrebat' : pick(RO_AFTER.slice(0, 6), v);
    const day = weekday('ro', scene);
    return pick(
      [
        `${verb} ${who}, ${day}, la ${scene.city.name}.`,
        `${verb} ${who} pe ${scene.day} ${month('ro', scene)}.`,
        `${verb} ${who}, ${day}, în ${scene.country}.`,
      ],
      variant,
    );
  },
  cueBefore: (v, subject) => `${subject} ${pick(['a declarat:', 'a precizat:', 'a spus:'], v)}`,
  // "Potrivit lui Ion Popescu"; a woman's name would be inflected ("Potrivit Mariei Popescu").
  according: (who, g) => (g === 'm' ? `Potrivit lui ${who},` : null),
  intro: (person, named, scene, variant) => {
    if (person.role === undefined) {
      const options = [
        `${person.full}, în vârstă de ${person.age} de ani, locuiește în cartier de peste treizeci de ani.`,
      ];
      if (person.gender === 'm') {
        options.push(`Casa lui ${person.full} a fost inundată ${weekday('ro', scene)}.`);
      }
      return pick(options, variant);
    }
    return pick(
      [
        `${named(true, true)} a fost ${weekday('ro', scene)} la fața locului.`,
        `${capitalise(weekday('ro', scene))}, ${named(false, true)} a convocat o ședință de urgență.`,
      ],
      variant,
    );
  },
  bystander: (person, _scene, variant) =>
    pick(
      [
        person.gender === 'm'
          ? `La întâlnire a participat și consilierul local ${person.full}.`
          : `La întâlnire a participat și consiliera locală ${person.full}.`,
        `${person.full}, voluntar${person.gender === 'f' ? 'ă' : ''} la Crucea Roșie, a ajutat la evacuare.`,
      ],
      variant,
    ),
  date: (s) => `${s.day} ${month('ro', s)}`,
};

export const KITS: Readonly<Record<LangCode, LanguageKit>> = {
  id: indonesian,
  en: english,
  de: german,
  fr: french,
  ru: russian,
  ro: romanian,
};

/** Fills a narrative template for the scene. */
export function fillTemplate(kit: LanguageKit, template: string, scene: Scene): string {
  return fill(template, scene, kit.code).replaceAll(
    '{WEEKDAY_AT}',
    RU_WEEKDAY_AT[scene.weekday] ?? '',
  );
}
