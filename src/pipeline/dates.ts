// Finding calendar dates in text. Numeric dates are day/month/year, as Indonesian,
// European and Russian outlets write them; the weekday name, when given, is cross-checked.
import { MERGED } from './lexicon/index.ts';
import { memoize } from './memo.ts';
import { alternation } from './regex.ts';

/** Month name (lower case, full or abbreviated, any language) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MERGED.months.flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);
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

const NUMERIC = /\b(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\b/gu;
const ISO_DATE = /\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b/gu;
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

function numericDate(groups: Record<string, string | undefined>): FoundDate['iso'] | null {
  const d = Number(groups.d);
  const m = Number(groups.m);
  const y = Number(groups.y);
  const dayFirst = toIsoDate(y, m, d);
  const monthFirst = toIsoDate(y, d, m);
  // Day/month is the rule; month/day only when day/month is impossible, or when the
  // weekday written next to it agrees with month/day and not with day/month.
  if (dayFirst === null) return monthFirst;
  if (
    monthFirst !== null &&
    !checkWeekday(dayFirst, groups.weekday) &&
    groups.weekday !== undefined &&
    WEEKDAYS.has(groups.weekday.toLowerCase()) &&
    checkWeekday(monthFirst, groups.weekday)
  ) {
    return monthFirst;
  }
  return dayFirst;
}

/** Every complete date (day, month and year) in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!YEAR.test(text)) return found;
  const add = (iso: string | null, index: number, weekday: string | undefined): void => {
    if (iso !== null) found.push({ iso, index, weekdayMatches: checkWeekday(iso, weekday) });
  };
  for (const match of text.matchAll(NUMERIC)) {
    const weekday = weekdayBefore(text, match.index);
    add(numericDate({ ...match.groups, weekday }), match.index, weekday);
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const { y, m, d } = match.groups ?? {};
    add(toIsoDate(Number(y), Number(m), Number(d)), match.index, undefined);
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      const { d, month, y } = match.groups ?? {};
      const weekday = weekdayBefore(text, match.index);
      const monthNumber = MONTHS.get((month ?? '').toLowerCase());
      if (monthNumber === undefined) continue;
      add(toIsoDate(Number(y), monthNumber, Number(d)), match.index, weekday);
    }
  }
  return found.sort((a, b) => a.index - b.index);
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
  const rest = line
    .replace(/\d+/g, ' ')
    .replace(DATE_WORDS, ' ')
    .split(/[^\p{L}]+/u)
    .filter(
      (word) =>
        word.length > 0 && !MONTHS.has(word.toLowerCase()) && !WEEKDAYS.has(word.toLowerCase()),
    );
  return rest.length <= (hasTime ? 6 : 3);
}

/** "23 ноября ‘24" or "Rabu (5/10)": a date missing its (full) year. */
function hasPartialDate(line: string): boolean {
  if (/\b\d{1,2}[/.]\d{1,2}\b/.test(line)) return true;
  for (const match of line.matchAll(/\b\d{1,2}\.?\s+(\p{L}+)/gu)) {
    if (MONTHS.has((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}
