// The boilerplate scorer (boilerplate.ts, page-talk.ts, web-traces.ts): features of single lines, then the
// classes of a page's lines with their neighbours, then what a reader gets from parseArticle.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/pipeline/boilerplate.ts';
import { isAppendixHeading, isPageTalk, textModel } from '../../src/pipeline/page-talk.ts';
import { hasGluedCredit, hasWebArtefact, isEmbedCaption } from '../../src/pipeline/web-traces.ts';
import { parseArticle } from '../../src/pipeline/index.ts';
import { isChromeLine } from '../../src/pipeline/noise.ts';

const en = textModel('en');
const id = textModel('id');
const fr = textModel('fr');
const de = textModel('de');
const ru = textModel('ru');

function paragraphs(lines: readonly string[]): string[] {
  return parseArticle(lines.join('\n'), 'test.txt').article?.paragraphs.map((p) => p.text) ?? [];
}

describe('page talk', () => {
  it('reads pagination made of page words, numbers and small words as page chrome', () => {
    expect(isPageTalk('Page 2 of 3', en)).toBe(true);
    expect(isPageTalk('2 dari 2 halaman', id)).toBe(true);
    expect(isPageTalk('Halaman: 1 2', id)).toBe(true);
    expect(isPageTalk('Nach oben »', de)).toBe(true);
  });

  it('reads paywall notices as page talk in every language', () => {
    expect(isPageTalk('La suite de cet article est réservée aux abonnés.', fr)).toBe(true);
    expect(isPageTalk('Déjà abonné ? Connectez-vous', fr)).toBe(true);
    expect(isPageTalk('This story is for subscribers only.', en)).toBe(true);
    expect(isPageTalk('Dieser Artikel ist nur für Abonnenten verfügbar.', de)).toBe(true);
  });

  it('reads ad labels, newsletter, channel and paywall prompts as chrome in six languages', () => {
    const ro = textModel('ro');
    const chrome: [string, ReturnType<typeof textModel>][] = [
      ['Article continues below advertisement', en],
      ['Sign up for our evening newsletter', en],
      ['Cet article est réservé aux abonnés. Il vous reste 55 % à lire.', fr],
      ['Recevez notre lettre d’information chaque vendredi.', fr],
      ['Annonce', fr],
      ['Weiterlesen nach der Anzeige', de],
      ['Folgen Sie uns auf Telegram', de],
      ['Присоединяйтесь к нашему каналу в Telegram', ru],
      ['На правах рекламы', ru],
      ['Urmărește-ne pe canalul de WhatsApp', ro],
      ['Reclamă', ro],
      ['Gabung ke channel WhatsApp kami untuk berita terbaru', id],
    ];
    // Labels ("Annonce") are chrome by the lexicon's whole lines; prompts by their page talk.
    for (const [line, model] of chrome) {
      const judged = isChromeLine(line) || classifyLines([line], '', model.lang)[0] === 'bad';
      expect(judged, line).toBe(true);
    }
  });

  it('keeps news that names a messenger channel or addresses the reader in passing', () => {
    const ru = textModel('ru');
    expect(
      isPageTalk('Об этом губернатор написал в своем Telegram-канале в понедельник вечером.', ru),
    ).toBe(false);
    expect(
      isPageTalk(
        'Si vous recevez ce SMS, ne cliquez pas sur le lien, prévient la gendarmerie.',
        fr,
      ),
    ).toBe(false);
    expect(
      isPageTalk(
        'Die Polizei warnt vor gefälschten Nachrichten in WhatsApp-Gruppen der Stadt.',
        de,
      ),
    ).toBe(false);
  });

  it('reads widgets that address the reader as page talk', () => {
    expect(isPageTalk('Нашли ошибку? Выделите текст и нажмите Ctrl+Enter', ru)).toBe(true);
    expect(
      isPageTalk(
        'Yuk, ikuti saluran WhatsApp kami untuk mendapatkan berita terbaru setiap hari. Klik di sini',
        id,
      ),
    ).toBe(true);
  });

  it('counts a page word once however often a sentence about the world repeats it', () => {
    const customers =
      'PLN mencatat pelanggan baru naik, sementara pelanggan lama yang menunggak turun menjadi seribu pelanggan.';
    expect(isPageTalk(customers, id)).toBe(false);
  });

  it('keeps news about social media and apps, which names them without talking to the reader', () => {
    const news =
      'Polisi mengimbau warga tidak menyebarkan video hoaks banjir melalui WhatsApp dan Facebook.';
    expect(isPageTalk(news, id)).toBe(false);
    expect(isPageTalk('Warganet membagikan tautan video itu di akun Instagram mereka.', id)).toBe(
      false,
    );
  });

  it('keeps service news that tells the reader how to register or comment', () => {
    expect(isPageTalk("You can register online at the council's offices until Friday.", en)).toBe(
      false,
    );
    expect(isPageTalk('If you want to comment, email the planning office.', en)).toBe(false);
  });

  it('does not count what someone is quoted saying to "you"', () => {
    expect(isPageTalk('"You can read the page later," the minister told reporters.', en)).toBe(
      false,
    );
  });
});

describe('web artefacts and credits', () => {
  it('finds the copyright sign, version strings, e-mail addresses and template slots', () => {
    expect(hasWebArtefact('2024 © PT Kabar Nusantara Media')).toBe(true);
    expect(hasWebArtefact('Version 1.4.2')).toBe(true);
    expect(hasWebArtefact('Redaksi: [email protected]')).toBe(true);
    expect(hasWebArtefact('top_banner_slot')).toBe(true);
  });

  it('marks the caption of an embedded post by the hashtags that end it', () => {
    expect(isEmbedCaption('Sampai jumpa di laga berikutnya! #timnas #garudamuda #sepakbola')).toBe(
      true,
    );
    expect(isEmbedCaption('Tagar #SaveKPK kembali ramai di media sosial.')).toBe(false);
  });

  it('drops a caption whose credit is glued after the final period', () => {
    expect(hasGluedCredit('Volunteers clear the beach on Sunday.Credit: Jane Doe', en)).toBe(true);
    expect(hasGluedCredit('Warga menunggu di tepi sungai.(rina)', id)).toBe(true);
  });

  it('drops a caption whose credit stands in brackets after it', () => {
    expect(hasGluedCredit('Sandsäcke vor einem Geschäft. (Bild: Stadt Passau)', de)).toBe(true);
    expect(hasGluedCredit('Petugas memeriksa tanggul, Jumat. (Rina/Warta.com)', id)).toBe(true);
  });

  it('keeps a paragraph closed by a quotation and its agency credit', () => {
    expect(hasGluedCredit('"Kami siap," kata Budi.(ant)', id)).toBe(false);
  });

  it('knows the headings of blocks appended for search engines', () => {
    expect(isAppendixHeading('Frequently asked questions', en)).toBe(true);
    expect(isAppendixHeading('Pertanyaan yang Sering Diajukan', id)).toBe(true);
    expect(isAppendixHeading('Questions to the minister remain unanswered.', en)).toBe(false);
  });
});

describe('classes with neighbours', () => {
  const article = [
    'Floods close the coast road near Whitby',
    'The coast road between Whitby and Sandsend was closed on Sunday after floods swept debris across the carriageway.',
    'Flood defences',
    'Engineers from the council said the flood barrier at Sandsend had held, but the road itself was under water.',
  ];

  it('keeps a newsroom subheading between two paragraphs', () => {
    expect(classifyLines(article, article[0] ?? '', 'en')[2]).not.toBe('bad');
  });

  it('drops a short teaser between two lines of boilerplate', () => {
    const lines = [
      ...article,
      'Advertisement',
      'Celebrity chef opens second restaurant in Leeds',
      'Share this article',
    ];
    expect(classifyLines(lines, lines[0] ?? '', 'en')[5]).toBe('bad');
  });

  it('drops a block of teasers under a heading after the body, sentences or not', () => {
    const lines = [
      ...article,
      'More for you:',
      'Five ways to cut your heating bill this winter without spending a fortune on insulation.',
      'Why nutritionists say you should never eat cheese before going to bed at night.',
    ];
    const classes = classifyLines(lines, lines[0] ?? '', 'en');
    expect(classes.slice(4)).toEqual(['bad', 'bad', 'bad']);
  });

  it('keeps a late paragraph that drifts from the headline', () => {
    const lines = [
      ...article,
      'Advertisement',
      'Residents of nearby villages were advised to avoid unnecessary journeys until Tuesday morning.',
    ];
    expect(classifyLines(lines, lines[0] ?? '', 'en')[5]).not.toBe('bad');
  });
});

describe('what a reader gets', () => {
  it('keeps a sentence that opens with the words of a related link', () => {
    const sentence =
      'Read more about the plans in the council minutes, which are published every Thursday.';
    const body = paragraphs([
      'Council approves three new bus lanes for the city centre',
      'The city council on Tuesday approved plans for three new bus lanes in the centre, which will open in the autumn.',
      sentence,
      'Transport chief Mary Collins said the lanes would cut journey times by up to ten minutes.',
    ]);
    expect(body).toContain(sentence);
  });

  it('drops the paywall notice under a one-paragraph stub', () => {
    const body = paragraphs([
      'Les riverains accueillent les élèves après la fuite de gaz',
      "Une fuite de gaz a contraint l'école Jules-Ferry à évacuer ses élèves mardi matin. Les riverains ont ouvert leurs portes aux enfants en attendant les pompiers.",
      'La suite de cet article est réservée aux abonnés.',
      'Il vous reste 75 % de cet article à lire.',
      'Déjà abonné ? Connectez-vous',
      'Créez votre compte gratuitement',
    ]);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatch(/^Une fuite de gaz/u);
  });

  it('keeps a short quote paragraph and the subheading after it', () => {
    const body = paragraphs([
      'Tim SAR Temukan Pendaki yang Hilang di Gunung Slamet',
      'Tim SAR gabungan menemukan seorang pendaki asal Tegal yang hilang sejak Rabu di jalur Bambangan, Jumat (8/3/2024).',
      'Kepala Kantor SAR Semarang, Budi Santoso, mengatakan pendaki itu ditemukan dalam kondisi lemas.',
      '"Kami siap," katanya.',
      'Kronologi Pencarian',
      'Pendaki itu dilaporkan hilang setelah terpisah dari rombongannya karena kabut tebal.',
    ]);
    expect(body).toContain('"Kami siap," katanya.');
    expect(body).toContain('Kronologi Pencarian');
  });

  it('keeps the lead when the page prints it as the standfirst too', () => {
    const lead =
      'Ashford Borough Council opened its new central library on Saturday, three years after the old building on the High Street was closed for repairs.';
    const body = paragraphs([
      'Council opens new library in Ashford',
      lead,
      'By Jane Doe',
      lead,
      'The building has room for 40,000 books and a children’s floor.',
    ]);
    expect(body).toEqual([lead, 'The building has room for 40,000 books and a children’s floor.']);
  });

  it('drops a one-sentence standfirst set right above a lead twice as long', () => {
    const body = paragraphs([
      'Council closes Riverside pool for a year',
      'Swimmers will have to travel to Ashford until the repairs are done.',
      'Ashford Borough Council voted on Tuesday to close the Riverside swimming pool for a year of repairs, after inspectors found cracks in the main tank and rust in the pumps.',
      'The clubs will train in Ashford meanwhile.',
    ]);
    expect(body[0]).toMatch(/^Ashford Borough Council voted/u);
    expect(body).toHaveLength(2);
  });

  it('keeps a short lead whose next paragraph is short too', () => {
    const body = paragraphs([
      'Council closes Riverside pool for a year',
      'The Riverside pool will close for a year.',
      'Councillors voted for the repairs on Tuesday after inspectors found cracks.',
      'The clubs will train in Ashford meanwhile.',
    ]);
    expect(body).toHaveLength(3);
  });

  it('drops the dek above a photo credited with ©, and keeps the lead under it', () => {
    const body = paragraphs([
      'Porrentruy : la piscine couverte fermera deux ans',
      'Le chantier doit débuter en septembre et coûter 18 millions de francs.',
      'Le bassin principal, construit en 1979. © Archives du journal',
      'La piscine couverte de Porrentruy fermera ses portes à la fin du mois d’août pour une rénovation complète, a annoncé lundi le Conseil communal.',
      'Les clubs de natation s’entraîneront pendant ce temps à Delémont.',
    ]);
    expect(body[0]).toMatch(/^La piscine couverte/u);
    expect(body).toHaveLength(2);
  });

  it('drops a caption printed twice, once with its credit glued on', () => {
    const body = paragraphs([
      'Council opens new library in Ashford',
      'Ashford Borough Council opened its new central library on Saturday, three years after the old building was closed.',
      'The new library on the High Street.',
      'The new library on the High Street.Photo: Jane Doe',
      'The building has room for 40,000 books and a children’s floor.',
    ]);
    expect(body).toHaveLength(2);
  });
});
