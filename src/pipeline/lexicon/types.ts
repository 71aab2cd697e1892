// The shape of one language's word lists. Every language module (id.ts, en.ts, …) implements
// `Lexicon`, so adding a slot here makes the compiler name every module that lacks it. Data
// only: the rules that read the words live in the logic files one directory up. Words are
// lower case unless a slot says otherwise; a slot may be empty when the language has no such
// words (German has no "-nya", Russian no articles).

/** The names of one month or weekday: full forms and abbreviations, lower case. */
export type Names = readonly string[];

/** January … December. */
export type Months = readonly [
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
  Names,
];

/** Sunday … Saturday, in the order of Date.getUTCDay (0 = Sunday). */
export type Weekdays = readonly [Names, Names, Names, Names, Names, Names, Names];

export interface Lexicon {
  // ── Speech cues: the words that tell who said a quotation ──────────────────────────────

  /** Verbs that attribute a quotation standing next to them ("…," kata X / said X / so X). */
  cueVerbs: readonly string[];
  /** Verbs of saying in narrative ("Rochim mengatakan"): mark the name before them as a speaker. */
  narrativeSpeechVerbs: readonly string[];
  /**
   * Passive verbs of saying whose agent follows ("Hal ini disampaikan Camat Budi"):
   * the name after them is who spoke.
   */
  passiveSpeechVerbs: readonly string[];
  /** Words of an age after a name ("Budi, 38 tahun,", "Marie, 43 ans,"): a sure sign of a person. */
  ageWords: readonly string[];
  /** Pronouns that can only refer to a woman ("she", "elle", "она"); empty where none are. */
  femininePronouns: readonly string[];
  /** Pronouns that can only refer to a man ("he", "il", "он"). */
  masculinePronouns: readonly string[];
  /** Forms of address before a woman's name ("Mrs", "Frau", "Mme", "Bu"). */
  feminineTitles: readonly string[];
  /** Forms of address before a man's name ("Mr", "Herr", "M.", "Pak"). */
  masculineTitles: readonly string[];
  /** Surname endings only women's names have (Russian "-ova", "-skaya"). */
  feminineNameEndings: readonly string[];
  /** Surname endings only men's names have (Russian "-ov", "-sky"). */
  masculineNameEndings: readonly string[];
  /** Past-tense verb endings that agree with a woman as subject (Russian "сказала"). */
  feminineVerbEndings: readonly string[];
  /** Past-tense verb endings that agree with a man as subject (Russian "сказал"). */
  masculineVerbEndings: readonly string[];
  /** Words introducing a passive verb's agent ("disampaikan oleh Budi"). */
  agentMarkers: readonly string[];
  /** Nouns that make a statement the speaker ("…," bunyi pernyataan tersebut). */
  statementCues: readonly string[];
  /** Verbs naming a source outlet, not a speaker ("dikutip Reuters"): the name after is no person. */
  sourceVerbs: readonly string[];
  /** Verbs of telling whose object is the listener ("X told broadcaster NOS:"), not the speaker. */
  tellVerbs: readonly string[];
  /** Words that introduce the speaker of the next statements ("Menurut Ganjar, …"). */
  accordingTo: readonly string[];
  /** Pronoun phrases framing a quote inside a sentence ("menurutnya", "according to him"). */
  framePronounPhrases: readonly string[];
  /** Words before a quoted post ("dengan keterangan "…"", "tweeted"): the quote is someone's words. */
  postCaptionWords: readonly string[];
  /** Pronouns of an inverted cue ("confie-t-il"): the quote's speaker is a pronoun. */
  invertedPronouns: readonly string[];
  /** Auxiliaries an inverted pronoun hangs on ("a-t-il promis"). */
  invertedAuxiliaries: readonly string[];

  // ── Speakers: pronouns, descriptions and the small words around a speaker ──────────────

  /** Pronouns a cue can name instead of a person ("kata dia", "he said"): resolved to the last person named. */
  pronouns: readonly string[];
  /** Descriptions of unnamed speakers ("seorang warga", "a source"), kept as written. */
  anonymousSpeakers: readonly string[];
  /** Indefinite articles and quantifiers opening a described speaker ("a spokesperson said:"). */
  indefinites: readonly string[];
  /** Indefinite articles right after a cue verb ("sagte ein Bahnsprecher"): an unnamed speaker. */
  indefiniteSpeakerArticles: readonly string[];
  /** Articles opening a described speaker after a quote ("…," a reporter asked). Case-sensitive. */
  describedSpeakerOpeners: readonly string[];
  /** Articles that let a lower-case role phrase after a cue run to three words ("le maire"). */
  rolePhraseDeterminers: readonly string[];
  /** Prepositions cut from the end of a role phrase ("kata petugas di" → "petugas"). */
  rolePhraseEndPrepositions: readonly string[];
  /** Words that continue a clause (place, time), so what follows a comma is not the speaker's name. */
  clauseWords: readonly string[];
  /** Words opening a description after a name and a comma ("X, un jeune boulanger"): X is a person. */
  appositiveOpeners: readonly string[];
  /** Relative pronouns: a name inside a relative clause is not the subject of the verb after it. */
  relativePronouns: readonly string[];
  /**
   * Conjunctions opening a subordinate clause ("setelah", "after", "nachdem"): a name after one
   * is not its sentence's subject, so a pronoun cue later does not turn to it first.
   */
  subordinators: readonly string[];
  /** Words that may stand between a subject and its verb of saying ("Harun juga mengatakan"). */
  auxiliaries: readonly string[];
  /** Conjunctions dropped from the front of a subject phrase ("dan Perry mengatakan"). */
  clauseConjunctions: readonly string[];
  /** Words after which a name is the object of the sentence, not who speaks next. */
  objectMarkers: readonly string[];
  /** Words after which a run of capitals starts with the listener ("a expliqué à France Bleu X"). */
  recipientMarkers: readonly string[];
  /** Prepositions: a name after one is a place, time or object, not a speaker being introduced. */
  prepositions: readonly string[];
  /** Prepositions of place: a capitalised word after one is a place, not a person. */
  locativePrepositions: readonly string[];
  /** Prepositions that only ever take a place ("di Bandung", "в Москве"), unlike "dari" or "à". */
  statedLocativePrepositions: readonly string[];

  // ── Names, titles and roles ────────────────────────────────────────────────────────────

  /** Titles, ranks and offices written before a name; never part of the name itself. */
  titles: readonly string[];
  /**
   * Forms of address, academic and religious titles and ranks ("Pak", "Dr", "Kombes", "Mme"):
   * how a person is addressed, not the office they hold, so never a description of them.
   */
  honorifics: readonly string[];
  /**
   * Academic and religious titles that also name institutions after a person ("RSUD Dr
   * Sutrisno", "Universitas Prof Dr Wiryo"); ranks and offices never do.
   */
  scholarlyTitles: readonly string[];
  /** Role nouns written with an appositive name ("Jean-Pierre Astruch, le maire"). */
  roleNouns: readonly string[];
  /** Endings of compound role nouns ("Polizeisprecher", "Fraktionschefin"): the word is a title. */
  roleNounSuffixes: readonly string[];
  /** Short and long forms of the same office ("menkes" = "menteri kesehatan"): one role key. */
  roleAliases: readonly (readonly [short: string, long: string])[];
  /** Lower-case words joining the parts of an office's name ("Dinas Pemuda dan Olahraga"). */
  roleJoiners: readonly string[];
  /** Articles and honorifics dropped from a role phrase to make its lookup key ("le maire" → "maire"). */
  roleKeyDeterminers: readonly string[];
  /** Elided articles glued to the role ("l'adjoint"), dropped from the lookup key too. */
  elidedArticles: readonly string[];
  /** Demonstratives dropped from the end of a role phrase's lookup key ("menteri itu"). */
  roleKeyDemonstratives: readonly string[];
  /** Articles that make a role phrase point at someone already named ("le maire", "the official"). */
  referringDeterminers: readonly string[];
  /** Demonstratives that make a role phrase point at someone already named ("petugas itu"). */
  referringDemonstratives: readonly string[];
  /** Function words capitalised only because they open a sentence ("Menurut Dahlan"): not a name. */
  functionWords: readonly string[];
  /** Lower-case particles inside a name ("Ellen de Wit", "von der Leyen"). */
  nameParticles: readonly string[];
  /** Phrases giving a person's full name ("bernama lengkap X"): X is another form of the person. */
  fullNameMarkers: readonly string[];
  /** Phrases giving a person's nickname ("akrab disapa X"). */
  nicknameMarkers: readonly string[];
  /** Phrases after a nickname ("X, sapaan akrab …"). */
  nicknameAfterMarkers: readonly string[];
  /** Words of institutions and places: a capitalised run containing one is not a person's name. */
  institutionWords: readonly string[];
  /** Generic institution nouns always followed by the institution's own name ("Bank Permata"). */
  namedInstitutionNouns: readonly string[];
  /** Endings of compound nouns naming organisations ("Fahrgastverband"): the run is no person. */
  organisationSuffixes: readonly string[];
  /**
   * Openings of bodies' short names ("Kemenlu", "Pemkot", "Polres"): Indonesian shortens
   * offices syllable by syllable, so these words are bodies, never people.
   */
  organisationPrefixes: readonly string[];
  /** Nouns after which a capitalised word is a place ("Kota Bogor", "Kabupaten Demak"). */
  placeNouns: readonly string[];
  /** Regions and provinces (and their abbreviations) that often stand before a person's name. */
  regions: readonly string[];
  /** Country names that often stand before a person's name ("Presiden Finlandia …"). */
  countries: readonly string[];

  // ── Dates ─────────────────────────────────────────────────────────────────────────────

  /** Month names, full and abbreviated, for reading dates ("5 Januari 2024", "March 3, 2024"). */
  months: Months;
  /** Weekday names, for cross-checking a date and recognising date lines ("Kamis (6/1/2022)"). */
  weekdays: Weekdays;
  /**
   * Month names that are also common words ("mai": May, and Romanian for "more"), with their
   * month number: read only inside a full date (day, month and year), never alone.
   */
  fullDateMonths: readonly (readonly [name: string, month: number])[];
  /** Time-zone and clock words that may stand in a date line ("pukul 10.00 WIB"). */
  timeWords: readonly string[];
  /** Labels of a page's last-update stamp ("Diperbarui", "Updated"): that date is not the publication date. */
  updatedLabels: readonly string[];

  // ── Datelines, outlets and credits ─────────────────────────────────────────────────────

  /** Outlet names written without a domain in datelines ("JAKARTA, KOMPAS -"): not the place. */
  outlets: readonly string[];
  /** Domains of outlets in datelines ("KABARKITA.com", "BERITA.CO"): that dateline part is the outlet. */
  outletDomains: readonly RegExp[];
  /** Outlet abbreviations written with a regional edition ("PR DEPOK"): the whole part is the outlet. */
  editionPrefixes: readonly string[];
  /** News agencies credited at the end of an article ("(ant)", "(AFP)"): not editor tags. */
  agencyCredits: readonly string[];
  /** Bracketed words closing an article that name no editor ("(Bersambung)", "(Selesai)"). */
  endMarkers: readonly string[];
  /** Agency credits right after a dateline's dash ("— РИА Новости."), as written (case-sensitive). */
  agencyBylines: readonly string[];
  /** Words that open sentences, not datelines ("Presiden - …" is no place). */
  datelineFalseStarts: readonly string[];
  /** Compass words that make a name a region's ("Lampung Utara", "North Jakarta"). */
  placeDirections: readonly string[];
  /** Labels of an editor line ("Editor: X", "Penyunting X"). */
  editorLabels: readonly string[];
  /** Abbreviated editor labels, which count only with a colon ("Red: X"). */
  editorAbbreviations: readonly string[];
  /**
   * Punctuation besides the dash that may close a dateline in this language's papers ("." for
   * German: "Kassel. Die Stadt …"); read on the first paragraph only, before a known town.
   */
  datelineStops: readonly string[];

  // ── Scrape noise: site chrome around the article ─────────────────────────────────────

  /** Whole lines that are always chrome ("Baca juga", "Advertisement"), compared without trailing punctuation. */
  chromeLines: readonly string[];
  /** Lines that link to other stories ("Baca juga: …", "Lire aussi | …"). */
  relatedLinkPrefixes: readonly RegExp[];
  /** Other line openings that make a line chrome: bylines, credits, "Follow us", tags. */
  chromePrefixes: readonly RegExp[];
  /** Phrases anywhere in a short line that make it a promo or credit, not prose. */
  chromePhrases: readonly RegExp[];
  /** Section headings after which the rest of the page lists other stories. */
  trailingSectionHeadings: readonly string[];
  /** Lines naming the writer or editor ("Penulis: …", "Oleh Budi"). */
  bylineLines: readonly RegExp[];
  /**
   * Words that introduce the writer on a byline, lower case ("penulis", "oleh", "by"): the
   * name after them is the article's author. Editors' labels are not among them.
   */
  authorLabels: readonly string[];
  /** Markers of a photo caption or credit ("(Foto: …)", "Kredit foto:"). */
  captionMarkers: readonly RegExp[];
  /** Whole-line widgets: reading time, breadcrumbs, hashtags, embedded media placeholders. */
  widgetLines: readonly RegExp[];
  /** Credit lines closing an article ("mit Material von dpa"); checked on short lines only. */
  creditLines: readonly RegExp[];

  // ── Boilerplate scoring: general vocabulary the scorer weighs (boilerplate.ts) ─────────

  /**
   * Words that talk about the page or to its reader in any sentence: subscribing, logging in,
   * passwords, "this article", "read more", "try again". An entry matches a whole word; an
   * entry ending in `*` is a stem matching every word it starts ("abonn*" → abonné, abonnez);
   * an entry of several words matches them in a row. Two in a short line make it page chrome.
   */
  pageTalk: readonly string[];
  /**
   * Words naming parts of the page, platforms and media (comments, share, page, video,
   * Facebook): page talk in a line made of such words ("Page 2 of 3", "Facebook Twitter
   * WhatsApp", "12 comments"), but news when a sentence names them ("declined to comment", "a
   * video of the arrest"), so they count only there and as support. Same matching as pageTalk.
   */
  pageWords: readonly string[];
  /** Words addressing the reader ("you", "Anda", "vous", imperatives like "нажмите"): page talk. */
  readerAddress: readonly string[];
  /** Headings of blocks sites append after the article for search engines ("FAQ"): the body ends. */
  appendixHeadings: readonly string[];
  /** Credit labels that may be glued after a caption ("…the library.Credit: Jane Doe"). */
  creditLabels: readonly string[];
}
