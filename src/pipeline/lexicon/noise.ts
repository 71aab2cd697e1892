// Site-chrome vocabulary, per language where it differs. Data only: rules live in ../noise.ts.

/** Whole lines that are always chrome (matched case-insensitively against the line without trailing punctuation). */
export const CHROME_LINES: readonly string[] = [
  'loading',
  'advertisement',
  'iklan',
  'reklame',
  'реклама',
  'anzeige',
  'publicité',
  'publicitate',
  'scroll to continue with content',
  'baca juga',
  'baca selengkapnya',
  'berita lainnya',
  'berita terkait',
  'artikel terkait',
  'terpopuler',
  'populer',
  'terkini',
  'pilihan redaksi',
  'rekomendasi',
  'bagikan',
  'bagikan artikel',
  'share',
  'share this article',
  'tweet',
  'komentar',
  'tim redaksi',
  'menu',
  'indeks',
  'related',
  'related articles',
  'read more',
  'most read',
  'trending',
  'опубликовано',
  'понравилось',
  'поделитесь с друзьями',
  'читайте также',
  'lesen sie auch',
  'mehr zum thema',
  'lire aussi',
  'à lire aussi',
  'citește și',
  'publicat',
];

/** Lines that link to other stories ("Baca juga: …", "Lire aussi | …"), in any language. */
export const RELATED_LINK_PREFIXES: readonly RegExp[] = [
  /^baca (juga|pula|selengkapnya)(?![\p{L}\p{N}])/iu,
  /^(simak|lihat|tonton) (juga|video)(?![\p{L}\p{N}])/iu,
  /^pilihan editor\s*:/iu,
  /^(read|see) (also|more)(?![\p{L}\p{N}])/iu,
  /^(watch|video|tonton)\s*:/iu,
  /^baca artikel(?![\p{L}\p{N}])/iu,
  /^(related|more on this story|related topics)(?![\p{L}\p{N}])/iu,
  /^(lesen sie auch|mehr zum thema|auch interessant)(?![\p{L}\p{N}])/iu,
  /^(à )?lire aussi(?![\p{L}\p{N}])/iu,
  /^читайте (также|еще|ещё)(?![\p{L}\p{N}])/iu,
  /^citește (și|si)(?![\p{L}\p{N}])/iu,
];

export const CHROME_PREFIXES: readonly RegExp[] = [
  ...RELATED_LINK_PREFIXES,
  /^(additional )?(reporting|writing|editing) by\s/iu,
  /^our standards\s*:/iu,
  // Author boxes: "Jurnalis IDN Times Jabar yang meliput …", "Reporter at WXYZ who covers …".
  /^([Jj]urnalis|[Ww]artawan|[Rr]eporter|[Kk]ontributor|[Jj]ournalist|[Cc]orrespondent)\s+(?:at\s+)?\p{Lu}[\p{L}\p{N}.]*(?:\s+\p{Lu}[\p{L}\p{N}.]*)*\s+(yang|who)\s/u,
  /^(©|copyright\s)/iu,
  /^(penulis|reporter|pewarta|kontributor|fotografer|editor|redaktur|penyunting|sumber|laporan|rep|red|author|by|von|par|автор|фото|source|quelle|foto|photo|kredit foto|credit|crédit photo|bildquelle)\s*:/iu,
  /^oleh\s+\p{Lu}/u,
  /^(by|von|par)\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+$/u,
  /^(diterbitkan|diperbarui|dipublikasikan|published|updated|modified|veröffentlicht|aktualisiert|publié|mis à jour|опубликовано|обновлено)(?![\p{L}\p{N}])/iu,
  /^(ikuti|follow|subscribe|abonnez|abonnieren|подпишитесь|download|unduh)(?![\p{L}\p{N}])/iu,
  /^(tags?|topik|label|schlagworte)\s*:/iu,
];

/** Phrases anywhere in a short line that mark it as a promo or credit, not prose. */
export const CHROME_PHRASES: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])google news(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(whatsapp|telegram) channel(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])klik (di sini|simbol|tautan)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])click here(?![\p{L}\p{N}])/iu,
  // Browser-notification prompts: "Разрешите сайту отправлять …", "Allow notifications".
  /(?<![\p{L}])(разрешите|allow|izinkan|autorisez|erlauben)(?![\p{L}]).{0,40}(отправлять|уведомлен|notification|notifikasi|benachrichtigung)/iu,
  /(?<![\p{L}\p{N}])cookies?(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(accept|terima|setuju|menyetujui|akzeptieren|accepter|agree|privacy|privasi)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(tulis komentar|login untuk berkomentar|\d+ komentar|sign up for|delivered to your inbox|subscribe to our|grup telegram|saluran whatsapp|simak breaking news|berita tanpa iklan)(?![\p{L}\p{N}])/iu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u,
  /(?<![\p{L}\p{N}])all rights reserved(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])contributed (to this report|reporting)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])hak cipta(?![\p{L}\p{N}])/iu,
];

/** Section headings after which the rest of the page is chrome (lists of other stories). */
export const TRAILING_SECTION_HEADINGS: readonly string[] = [
  'populer',
  'terpopuler',
  'berita lainnya',
  'berita terkait',
  'artikel terkait',
  'terkini',
  'pilihan redaksi',
  'rekomendasi',
  'related',
  'related articles',
  'most read',
  'more stories',
  'читайте также',
  'mehr zum thema',
  'à lire aussi',
];

/** Agency credits that close an article; they are not editor tags. */
export const AGENCY_CREDITS: readonly string[] = [
  'afp',
  'ap',
  'reuters',
  'antara',
  'ant',
  'dpa',
  'kyodo',
  'xinhua',
  'bbc',
  'cnn',
  'tass',
  'ria novosti',
  'anadolu',
  'aa',
  'bernama',
  'efe',
  'ansa',
  'upi',
  'pti',
  'ians',
  'yonhap',
  'sputnik',
  '*',
];

/** Words that end a caption or photo credit. */
export const CAPTION_MARKERS: readonly RegExp[] = [
  /\((dok|foto|photo|ist|istimewa|net|tangkapan layar|screenshot)[.\s/:)]/iu,
  /\((getty|afp|reuters|antara|ap|dpa|epa)\s*\/[^)]*\)/iu,
  /\(\s*[\p{L}.]+\.(com|id|co\.id|net)\s*\/[^)]*\)\s*$/iu,
  /\s\/\s?(instagram|twitter|facebook|youtube|tiktok|x)\s?\/\s?@/iu,
  /^(foto|photo|kredit foto|credit|crédit photo|bildquelle|фото)\s*:/iu,
  /(?<![\p{L}\p{N}])(kredit foto|credit photo|photo credit|foto ?:)\s*\p{L}/iu,
  /(?<![\p{L}\p{N}])(antara foto|getty images|shutterstock|dok\. [\p{Lu}])/iu,
];

/** Whole-line widgets: reading time, embedded media placeholders ("[Gambas:Video 20detik]"). */
export const WIDGET_LINES: readonly RegExp[] = [
  // Breadcrumbs: "Home > News > Nasional", "Berita / Nasional / Politik".
  /^[^>»›/]{1,40}(\s+[>»›/]\s+[^>»›/]{1,40}){2,}$/u,
  // Hashtag lists: "#pemilu2024 #kpu".
  /^(#[\p{L}\p{N}_]+[\s,]*)+$/u,
  /^\[[\p{L}\s]+:[^\]]*\]$/u,
  /^(\d+\s*(min|menit|minutes?|minuten)\s*(read|baca|de lecture|lesezeit)?|temps de lecture\s*:?\s*\d+\s*min\.?|lesezeit\s*:?\s*\d+\s*min\.?|время чтения\s*:?\s*\d+\s*мин\.?|waktu baca\s*:?\s*\d+\s*menit|reading time\s*:?\s*\d+\s*min(utes)?\.?)$/iu,
];

/**
 * Credit lines closing an article: "mit Material von dpa", "with material from Reuters",
 * "… bearbeitet" (edited by / with), "Sumber: Antara". Only short lines are checked, so a
 * sentence that mentions a news agency is never dropped.
 */
export const CREDIT_LINES: readonly RegExp[] = [
  /^(mit )?material (von|aus)(?![\p{L}])/iu,
  /^(with )?(additional )?material from(?![\p{L}])/iu,
  /(?<![\p{L}])(bearbeitet|überarbeitet|edited)[\s,.]*$/iu,
];
