import { shiftDate } from "./shift-date.ts";
import { toIsoDate } from "./to-iso-date.ts";

/** A date written in the text: "August 15, 2023", "15 August 2023", "2023-08-15", "August 14-20", "Aug 15". */
export interface WrittenDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD (first day for a range) */
  date: string;
  /** last day of a range ("August 14-20"), else null */
  until: string | null;
  /** true when the year was written, false when it was taken from the page date */
  hasYear: boolean;
}

export interface FindWrittenDatesOptions {
  /** page date YYYY-MM-DD: the year of dates written without one (the year before if that puts them after it) */
  pageDate: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ORD = "(?:st|nd|rd|th)?";
const DATES = new RegExp(
  [
    // August 15, 2023 / Aug. 15 / August 14-20 / August 14-20, 2023
    `\\b${MONTH}\\.?\\s{1,3}(\\d{1,2})${ORD}(?:\\s?[-–]\\s?(\\d{1,2})${ORD})?(?:,?\\s{1,3}(\\d{4}))?(?![\\d:])`,
    // 15 August 2023 / 18th Aug, 2023 / 14-20 August
    `\\b(\\d{1,2})${ORD}(?:\\s?[-–]\\s?(\\d{1,2})${ORD})?\\s{1,3}(?:of\\s)?${MONTH}\\.?(?:,?\\s{1,3}(\\d{4}))?\\b`,
    // 2023-08-15
    `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  ].join("|"),
  "g",
);

/**
 * Written dates in text[from, to), in text order. Dates without a year take the page date's year
 * (or the year before, when that would put them more than two days after the page date); they are
 * dropped when there is no page date. Linear: one bounded regex scan.
 */
export function findWrittenDates(text: string, from: number, to: number, options: FindWrittenDatesOptions): WrittenDate[] {
  const out: WrittenDate[] = [];
  const slice = text.slice(from, to);
  DATES.lastIndex = 0;
  for (let m = DATES.exec(slice); m !== null; m = DATES.exec(slice)) {
    let month: number;
    let day: number;
    let dayTo: number | null = null;
    let year: number | null;
    if (m[1] !== undefined) {
      month = monthNumber(m[1]);
      day = Number(m[2]);
      dayTo = m[3] !== undefined ? Number(m[3]) : null;
      year = m[4] !== undefined ? Number(m[4]) : null;
    } else if (m[5] !== undefined) {
      day = Number(m[5]);
      dayTo = m[6] !== undefined ? Number(m[6]) : null;
      month = monthNumber(m[7] ?? "");
      year = m[8] !== undefined ? Number(m[8]) : null;
    } else {
      year = Number(m[9]);
      month = Number(m[10]);
      day = Number(m[11]);
    }
    const hasYear = year !== null;
    if (year === null) {
      if (options.pageDate === null) continue;
      year = Number(options.pageDate.slice(0, 4));
      const guess = toIsoDate(year, month, day);
      if (guess !== null && guess > shiftDate(options.pageDate, 2)) year--;
    }
    const date = toIsoDate(year, month, day);
    if (date === null) continue;
    let until: string | null = null;
    if (dayTo !== null) {
      until = toIsoDate(year, month, dayTo);
      if (until === null || until <= date) continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], date, until, hasYear });
  }
  return out;
}

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}
