import type { FieldOrigin } from "../model/article.ts";
import type { WrittenDate } from "./find-written-dates.ts";
import { shiftDate } from "./shift-date.ts";
import { WEEKDAY_NAMES } from "../lexicon/weekday-names.ts";

export interface EventDateResult {
  value: string;
  from: FieldOrigin;
  /** the words it was resolved from ("on Tuesday", "on 15 August 2023") */
  start: number;
  end: number;
}

export interface ResolveEventDateOptions {
  text: string;
  /** [start, end) of the article's own text (body regions) in which to look for "on Tuesday" */
  bodyRanges: readonly (readonly [number, number])[];
  /** page date, YYYY-MM-DD */
  pageDate: string | null;
  /** the dateline's date, YYYY-MM-DD */
  datelineDate: string | null;
  /** written dates of the body, captions and header, in text order */
  dates: readonly WrittenDate[];
}

const ON_DATE = /\bon\s{1,3}$/;

/**
 * The date of the reported event. "on Tuesday" is resolved against the dates the text itself gives,
 * in this order: the dateline's date (the last Tuesday on or before it), a written range that holds
 * exactly one Tuesday ("held ... from August 14-20"), the latest full written date, the page date.
 * Failing a weekday, a written "on 15 August 2023" gives the date. Null when the text says neither.
 */
export function resolveEventDate(options: ResolveEventDateOptions): EventDateResult | null {
  const { text } = options;
  // One scan of the whole text; a mention counts when it lies in a body range (both in text order).
  let m: WeekdayMention | null = null;
  let r = 0;
  for (let next = findWeekdayMention(text, 0); next !== null; next = findWeekdayMention(text, next.end)) {
    while (r < options.bodyRanges.length && options.bodyRanges[r]![1] <= next.start) r++;
    const range = options.bodyRanges[r];
    if (range === undefined) break;
    if (range[0] <= next.start && next.end <= range[1]) {
      m = next;
      break;
    }
  }
  if (m !== null) {
    const { weekday, start, end } = m;
    const hit = (value: string | null): EventDateResult | null => (value ? { value, from: "relative-weekday", start, end } : null);
    if (options.datelineDate) return hit(lastWeekdayOnOrBefore(options.datelineDate, weekday));
    let ranges = 0;
    for (const d of options.dates) {
      if (d.until === null || ranges++ >= 20) continue;
      let found: string | null = null;
      let count = 0;
      for (let day = d.date; day <= d.until; day = shiftDate(day, 1)) {
        if (weekdayOf(day) === weekday) {
          found = day;
          count++;
        }
      }
      if (count === 1) return hit(found);
    }
    let latest: string | null = null;
    for (const d of options.dates) if (d.hasYear && d.until === null && (latest === null || d.date > latest)) latest = d.date;
    if (latest !== null && (options.pageDate === null || latest <= options.pageDate)) return hit(lastWeekdayOnOrBefore(latest, weekday));
    if (options.pageDate) return hit(lastWeekdayOnOrBefore(options.pageDate, weekday));
    return null;
  }
  for (const d of options.dates) {
    if (!d.hasYear || d.until !== null) continue;
    if (ON_DATE.test(text.slice(Math.max(0, d.start - 6), d.start))) {
      return { value: d.date, from: "text-date", start: d.start, end: d.end };
    }
  }
  return null;
}

interface WeekdayMention {
  /** index in WEEKDAY_NAMES */
  weekday: number;
  start: number;
  end: number;
}

const WEEKDAY_PREPOSITIONS = ["on", "last", "this", "late", "early", "since", "until"];

/**
 * The first "on Tuesday" starting at or after `from`: the matches of
 * /\b(?:on|last|this|late|early|since|until)\s{1,3}(Sunday|Monday|...|Saturday)\b/g, in order, found
 * from each "day" in the text (indexOf) instead of a regex tried at every character (which cost
 * about 1% of parse + extract on news text). Linear: each "day" is looked at once, a bounded
 * number of characters around it.
 */
function findWeekdayMention(text: string, from: number): WeekdayMention | null {
  for (let day = text.indexOf("day", from); day >= 0; day = text.indexOf("day", day + 1)) {
    const end = day + 3;
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    for (let weekday = 0; weekday < WEEKDAY_NAMES.length; weekday++) {
      const name = WEEKDAY_NAMES[weekday]!;
      const nameStart = end - name.length;
      if (nameStart < from || !text.startsWith(name, nameStart)) continue;
      // one to three white-space characters before the name, a preposition before them
      let gap = nameStart;
      while (gap > 0 && nameStart - gap < 4 && /\s/.test(text.charAt(gap - 1))) gap--;
      if (gap === nameStart || nameStart - gap > 3) break;
      for (const word of WEEKDAY_PREPOSITIONS) {
        const start = gap - word.length;
        if (start >= from && text.startsWith(word, start) && (start === 0 || !isWordChar(text.charCodeAt(start - 1)))) return { weekday, start, end };
      }
      break;
    }
  }
  return null;
}

/** a character of the regex \w (\b's notion of a word) */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function lastWeekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return shiftDate(iso, -back);
}
