// The article's publication date, from the places a news page states it, most trusted first.
import { findDates, isDateLine, nonDateWords, publicationDates } from './dates.ts';
import { countWords, isCaptionLine, isLabelLine } from './noise.ts';
import type { Warning } from './types.ts';

/** Lines above the headline searched for the article's own date line. */
const DATE_LINES_ABOVE_TITLE = 6;
/**
 * A byline or stamp ("By Megan Ortiz | March 12, 2024", "Published … at 6:45 p.m. | Updated …")
 * has at most this many words besides its dates and single letters; a dek or a photo caption,
 * whose dates are the story's or the photo's, is a sentence that mentions one.
 */
const MAX_STAMP_WORDS = 6;
/** A line of at least this many words is prose: header matter stops above it. */
const MIN_LEAD_WORDS = 10;
/** Lines above the lead searched for a date line the structure reader left in the body. */
const DATE_LINES_ABOVE_LEAD = 8;

/** Where a page states dates, as the structure reader split it. */
export interface DateSources {
  /** Lines between the headline and the body: dek, byline, date line, caption. */
  header: readonly string[];
  /** Lines above the headline: site chrome, sometimes the article's date line. */
  preTitle: readonly string[];
  /** Body paragraphs, repeats removed. */
  body: readonly string[];
  /** The headline as read, or null. */
  title: string | null;
  /** Every line of the file, as split before any was judged. */
  lines: readonly string[];
  /** The date written in the dateline ("Serang, outlet.com (20/12/2016) –"), if any. */
  datelineDate: string | undefined;
}

const firstStamp = (lines: readonly string[], shortYears = true): string | undefined =>
  lines.flatMap((line) => publicationDates(line, shortYears))[0]?.iso;

/**
 * A date line just above the headline (some sites print it there). Searching stops at a menu
 * (two short label lines), above which dates belong to the site's "today" widget.
 */
function dateAboveTitle(preTitle: readonly string[]): string | undefined {
  let labels = 0;
  for (let i = preTitle.length - 1; i >= 0 && i >= preTitle.length - DATE_LINES_ABOVE_TITLE; i--) {
    const line = preTitle[i] ?? '';
    if (isDateLine(line)) {
      const stamp = firstStamp([line]);
      if (stamp !== undefined) return stamp;
    }
    if (isLabelLine(line) && ++labels >= 2) return undefined;
  }
  return undefined;
}

/**
 * A date line between the headline and the lead that the structure reader took for noise
 * inside the body (when it did not recognise the headline, the real header lands there). The
 * line nearest the lead is taken; the search stops at the headline or a menu (two short label
 * lines), above which "today" widgets stand, and at any paragraph of prose.
 */
function dateAboveLead(
  lines: readonly string[],
  lead: string | undefined,
  title: string | null,
): string | undefined {
  if (lead === undefined) return undefined;
  const leadIndex = lines.findIndex((line) => line.endsWith(lead));
  let labels = 0;
  for (let i = leadIndex - 1; i >= 0 && i >= leadIndex - DATE_LINES_ABOVE_LEAD; i--) {
    const line = lines[i] ?? '';
    if (line === title || countWords(line) >= MIN_LEAD_WORDS) return undefined;
    if (isDateLine(line)) {
      const stamp = firstStamp([line]);
      if (stamp !== undefined) return stamp;
    } else if (isLabelLine(line) && ++labels >= 2) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The latest complete date the body states: the story's own day is the last one it reports.
 * A weekday that disagrees with its date is the article's typo; the date is kept (and warned of).
 */
function latestBodyDate(body: readonly string[], warnings: Warning[]): string | undefined {
  const dates = body.flatMap((line) => findDates(line));
  for (const date of dates) {
    if (!date.weekdayMatches) {
      warnings.push({
        code: 'weekday-mismatch',
        message: `weekday does not match the date ${date.iso}`,
      });
    }
  }
  return dates.reduce<string | undefined>(
    (latest, date) => (latest === undefined || date.iso > latest ? date.iso : latest),
    undefined,
  );
}

/**
 * The article's date: its own date line under the headline first (an "updated" stamp is not
 * it), then the date in its dateline, a short byline under the headline, a date line above the
 * headline (after the header's: site-wide "today" widgets live up there too) or above the lead,
 * the header's "updated" stamp; else the latest full date in the body.
 */
export function readPublished(sources: DateSources, warnings: Warning[]): string | undefined {
  const { header, preTitle, body, title, lines, datelineDate } = sources;
  const stamps = header.filter(
    (line) =>
      !isDateLine(line) &&
      !isCaptionLine(line, '') &&
      nonDateWords(line).filter((word) => word.length > 1).length <= MAX_STAMP_WORDS,
  );
  return (
    firstStamp(header.filter(isDateLine)) ??
    datelineDate ??
    firstStamp(stamps, false) ??
    dateAboveTitle(preTitle) ??
    dateAboveLead(
      lines,
      body.find((line) => countWords(line) >= MIN_LEAD_WORDS),
      title,
    ) ??
    // Some pages stamp only the last update ("Updated 6:42 PM, August 14, 2023"): it still
    // dates the page, which the body's dates (events before or after it) do not.
    header.filter(isDateLine).flatMap((line) => findDates(line, true))[0]?.iso ??
    latestBodyDate(body, warnings)
  );
}
