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

const WEEKDAY_MENTION = /\b(?:on|last|this|late|early|since|until)\s{1,3}(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
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
  let m: RegExpExecArray | null = null;
  let r = 0;
  WEEKDAY_MENTION.lastIndex = 0;
  for (let next = WEEKDAY_MENTION.exec(text); next !== null; next = WEEKDAY_MENTION.exec(text)) {
    while (r < options.bodyRanges.length && options.bodyRanges[r]![1] <= next.index) r++;
    const range = options.bodyRanges[r];
    if (range === undefined) break;
    if (range[0] <= next.index && next.index + next[0].length <= range[1]) {
      m = next;
      break;
    }
  }
  if (m !== null) {
    const weekday = WEEKDAY_NAMES.indexOf(m[1] ?? "");
    const start = m.index;
    const end = start + m[0].length;
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

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function lastWeekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return shiftDate(iso, -back);
}
