// Month and weekday names per language. Data only: parsing lives in ../dates.ts.

/** Month name (lower case, full or abbreviated) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      // Indonesian / Malay
      ['januari jan', 1],
      ['februari feb pebruari', 2],
      ['maret mar', 3],
      ['april apr', 4],
      ['mei', 5],
      ['juni jun', 6],
      ['juli jul', 7],
      ['agustus agu agt ags', 8],
      ['september sep sept', 9],
      ['oktober okt', 10],
      ['november nov nopember', 11],
      ['desember des', 12],
      // English
      ['january', 1],
      ['february', 2],
      ['march', 3],
      ['may', 5],
      ['june', 6],
      ['july', 7],
      ['august aug', 8],
      ['october oct', 10],
      ['december dec', 12],
      // German
      ['januar jänner', 1],
      ['märz mär', 3],
      ['dezember dez', 12],
      // French
      ['janvier janv', 1],
      ['février févr fevrier', 2],
      ['mars', 3],
      ['avril avr', 4],
      ['juin', 6],
      ['juillet juil', 7],
      ['août aout', 8],
      ['septembre', 9],
      ['octobre', 10],
      ['novembre', 11],
      ['décembre decembre déc', 12],
      // Romanian
      ['ianuarie ian', 1],
      ['februarie', 2],
      ['martie', 3],
      ['aprilie', 4],
      ['iunie iun', 6],
      ['iulie iul', 7],
      ['august', 8],
      ['septembrie', 9],
      ['octombrie', 10],
      ['noiembrie', 11],
      ['decembrie', 12],
      // Russian (nominative and genitive)
      ['январь января янв', 1],
      ['февраль февраля фев', 2],
      ['март марта', 3],
      ['апрель апреля апр', 4],
      ['май мая', 5],
      ['июнь июня', 6],
      ['июль июля', 7],
      ['август августа авг', 8],
      ['сентябрь сентября сен', 9],
      ['октябрь октября окт', 10],
      ['ноябрь ноября ноя', 11],
      ['декабрь декабря дек', 12],
      // Spanish / Portuguese / Italian / Dutch
      ['enero janeiro gennaio januari', 1],
      ['febrero fevereiro febbraio', 2],
      ['marzo março maart', 3],
      ['abril aprile', 4],
      ['mayo maio maggio', 5],
      ['junio junho giugno', 6],
      ['julio julho luglio', 7],
      ['agosto augustus', 8],
      ['septiembre setembro settembre', 9],
      ['octubre outubro ottobre', 10],
      ['noviembre novembro', 11],
      ['diciembre dezembro dicembre', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((name) => [name, month] as const)),
);

/** Weekday name (lower case) → day index as in Date.getUTCDay (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['minggu ahad sunday sun sonntag dimanche duminică duminica воскресенье domingo domenica', 0],
      ['senin monday mon montag lundi luni понедельник lunes lunedì', 1],
      ['selasa tuesday tue tues dienstag mardi marți marti вторник martes martedì', 2],
      ['rabu wednesday wed mittwoch mercredi miercuri среда miércoles mercoledì', 3],
      ['kamis thursday thu thurs donnerstag jeudi joi четверг jueves giovedì', 4],
      ["jumat jum'at friday fri freitag vendredi vineri пятница viernes venerdì", 5],
      ['sabtu saturday sat samstag samedi sâmbătă sambata суббота sábado sabato', 6],
    ] as const
  ).flatMap(([names, day]) => names.split(' ').map((name) => [name, day] as const)),
);
