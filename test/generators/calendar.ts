// Weekday and month names of the six generated languages, written out for the tests (the
// pipeline has its own table; these are independent of it on purpose).

export type LangCode = 'id' | 'en' | 'de' | 'fr' | 'ru' | 'ro';
export const LANG_CODES: readonly LangCode[] = ['id', 'en', 'de', 'fr', 'ru', 'ro'];

export interface Calendar {
  /** Monday first, in the form used after "on" ("Senin", "Monday", "lundi"). */
  weekdays: readonly string[];
  /** January first, in the form used in a date ("6 März", "3 марта"). */
  months: readonly string[];
  /** Other forms of the same names (Russian cases, German variants). */
  otherForms: readonly string[];
}

export const CALENDARS: Readonly<Record<LangCode, Calendar>> = {
  id: {
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    months: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    otherForms: ["Jum'at", 'Ahad', 'Pebruari', 'Nopember'],
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    otherForms: [],
  },
  de: {
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    otherForms: ['Sonnabend', 'Jänner'],
  },
  fr: {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    otherForms: [],
  },
  ru: {
    // Accusative after "в" ("в среду"); the nominative is in otherForms.
    weekdays: ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'],
    // Genitive, as in a date ("3 марта").
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
    otherForms: [
      'среда',
      'пятница',
      'суббота',
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
      'январе',
      'феврале',
      'марте',
      'апреле',
      'мае',
      'июне',
      'июле',
      'августе',
      'сентябре',
      'октябре',
      'ноябре',
      'декабре',
    ],
  },
  ro: {
    weekdays: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
    months: [
      'ianuarie',
      'februarie',
      'martie',
      'aprilie',
      'mai',
      'iunie',
      'iulie',
      'august',
      'septembrie',
      'octombrie',
      'noiembrie',
      'decembrie',
    ],
    otherForms: ['marţi', 'sîmbătă'],
  },
};

/** Every weekday and month name of the six languages, lower case. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  Object.values(CALENDARS).flatMap((c) =>
    [...c.weekdays, ...c.months, ...c.otherForms].map((w) => w.toLowerCase()),
  ),
);

/** Russian prepositional month forms ("в марте"), January first. */
export const RU_MONTHS_PREPOSITIONAL: readonly string[] = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
