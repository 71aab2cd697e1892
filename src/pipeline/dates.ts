// Finding calendar dates in text. Numeric dates are day/month/year, as Indonesian,
// European and Russian outlets write them; the weekday name, when given, is cross-checked.
import { MERGED } from './lexicon/index.ts';
import { memoize } from './memo.ts';
import { alternation } from './regex.ts';

/** Month name (lower case, full or abbreviated, any language) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MERGED.months.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);
/** Month names read only inside a full date ("3 mai 2024"): alone they are other words. */
const FULL_DATE_MONTHS: ReadonlyMap<string, number> = new Map(MERGED.fullDateMonths);
/** Weekday name (lower case, any language) → day index as in Date.getUTCDay (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  MERGED.weekdays.flatMap((names, day) => names.map((name) => [name, day] as const)),
);

/** A complete calendar date found in text. */
export interface FoundDate {
  /** ISO yyyy-mm-dd. */
  iso: string;
  /** Offset of the match in the searched text. */
  index: number;
  /** False when a weekday name was written next to the date and does not match it. */
  weekdayMatches: boolean;
}

// Four digits glued to ":mm" are a two-digit year and an hour ("14.05.1911:32" is 14.05.19 at
// 11:32), not the year 1911: SHORT_NUMERIC reads those on date lines.
const NUMERIC = /\b(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b(?!:\d)/gu;
/**
 * "2.08.12", "20/12/16", and glued to the time as some scrapes store it ("2.08.1209:14"):
 * day, month and a two-digit year. Read only on date lines, where no other number stands.
 */
const SHORT_NUMERIC =
  /(?<!\d)(?<d>\d{1,2})(?<sep>[/.])(?<m>\d{1,2})\k<sep>(?<y>\d{2})(?=(?:[01]\d|2[0-3])[:.][0-5]\d(?!\d)|[^\d/.]|[.](?!\d)|$)/gu;
/** "2024-03-05", and in machine timestamps "2024-03-05T14:22:00+07:00". */
const ISO_DATE = /\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?=T\d|\b)/gu;
const DAY_MONTH_YEAR = /\b(?<d>\d{1,2})(?:er|\.)?\s+(?<month>\p{L}+)\.?,?\s+(?<y>\d{4})\b/gu;
const MONTH_DAY_YEAR =
  /(?<![\p{L}])(?<month>\p{L}{3,})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b/gu;
/** The word just before a date, where a weekday name stands: "Kamis (6/1/2022)". */
const WEEKDAY_BEFORE = /([\p{L}']+)[\s,(]*$/u;
const YEAR = /\d{4}/u;

function weekdayBefore(text: string, index: number): string | undefined {
  return WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 24), index))?.[1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO string for a valid date, or null (31 February and friends are rejected). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function checkWeekday(iso: string, weekday: string | undefined): boolean {
  if (weekday === undefined) return true;
  const expected = WEEKDAYS.get(weekday.toLowerCase());
  return expected === undefined || expected === weekdayOf(iso);
}

/**
 * Numeric dates are day/month, as Indonesian, European and Russian outlets write them;
 * month/day only when day/month is impossible ("12/25/2020"). A weekday that disagrees with
 * day/month is a typo in the article, not a sign of month/day order: newsrooms that write the
 * weekday before a numeric date ("Selasa (8/4/2020)") write day first.
 */
function numericDate(d: number, m: number, y: number): string | null {
  return toIsoDate(y, m, d) ?? toIsoDate(y, d, m);
}

/**
 * A two-digit year ("2.08.12", "03.09.19 14:22") as POSIX strptime reads %y: 69–99 are the
 * 1900s, 00–68 the 2000s.
 */
function fullYear(yy: number): number {
  return yy >= 69 ? 1900 + yy : 2000 + yy;
}

/**
 * Every complete date (day, month and year) in `text`, in order of position. With
 * `shortYears`, numeric dates with a two-digit year count too (for date lines only).
 */
export function findDates(text: string, shortYears = false): FoundDate[] {
  const found: FoundDate[] = [];
  if (!YEAR.test(text) && !(shortYears && /\d[/.]\d{1,2}[/.]\d{2}/u.test(text))) return found;
  const add = (iso: string | null, index: number, weekday: string | undefined): void => {
    if (iso !== null) found.push({ iso, index, weekdayMatches: checkWeekday(iso, weekday) });
  };
  for (const match of text.matchAll(NUMERIC)) {
    const { d, m, y } = match.groups ?? {};
    const weekday = weekdayBefore(text, match.index);
    add(numericDate(Number(d), Number(m), Number(y)), match.index, weekday);
  }
  if (shortYears) {
    for (const match of text.matchAll(SHORT_NUMERIC)) {
      const { d, m, y } = match.groups ?? {};
      const weekday = weekdayBefore(text, match.index);
      add(numericDate(Number(d), Number(m), fullYear(Number(y))), match.index, weekday);
    }
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const { y, m, d } = match.groups ?? {};
    add(toIsoDate(Number(y), Number(m), Number(d)), match.index, undefined);
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      const { d, month, y } = match.groups ?? {};
      const weekday = weekdayBefore(text, match.index);
      const name = (month ?? '').toLowerCase();
      const monthNumber = MONTHS.get(name) ?? FULL_DATE_MONTHS.get(name);
      if (monthNumber === undefined) continue;
      add(toIsoDate(Number(y), monthNumber, Number(d)), match.index, weekday);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const UPDATED = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(MERGED.updatedLabels)})(?![\p{L}])`,
  'iu',
);

/**
 * The dates of a date line or byline that stamp the article's publication: "28 April 2017
 * 17:45" but not "Diperbarui 3 Mei 2021 08:10", in either order on one line. A date counts
 * unless an update label stands between it and the date before it. `shortYears` as in findDates.
 */
export function publicationDates(line: string, shortYears = true): FoundDate[] {
  const dates = findDates(line, shortYears);
  return dates.filter((date, i) => {
    const from = i === 0 ? 0 : (dates[i - 1]?.index ?? 0);
    return !UPDATED.test(line.slice(from, date.index));
  });
}

const TIME = /\b\d{1,2}[:.]\d{2}\b/;
const DATE_WORDS = new RegExp(`\\b(${alternation(MERGED.timeWords)})\\b`, 'gi');

/** A line that is only a date and/or time stamp, possibly with a short label ("Published Date:"). */
export const isDateLine = memoize(judgeDateLine);

function judgeDateLine(line: string): boolean {
  if (line.length > 140 || /[.!?]["”»]?$/.test(line)) return false;
  const hasDate = findDates(line).length > 0 || hasPartialDate(line);
  const hasTime = TIME.test(line);
  if (!hasDate && !hasTime) return false;
  return nonDateWords(line).length <= (hasTime ? 6 : 3);
}

/** The words of a line other than numbers, month and weekday names and clock words. */
export function nonDateWords(line: string): string[] {
  return line
    .replace(/\d+/g, ' ')
    .replace(DATE_WORDS, ' ')
    .split(/[^\p{L}]+/u)
    .filter(
      (word) =>
        word.length > 0 && !MONTHS.has(word.toLowerCase()) && !WEEKDAYS.has(word.toLowerCase()),
    );
}

/** "23 ноября ‘24" or "Rabu (5/10)": a date missing its (full) year. */
function hasPartialDate(line: string): boolean {
  if (/\b\d{1,2}[/.]\d{1,2}\b/.test(line)) return true;
  for (const match of line.matchAll(/\b\d{1,2}\.?\s+(\p{L}+)/gu)) {
    if (MONTHS.has((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}
