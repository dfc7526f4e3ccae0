import type { Dateline } from "../model/article.ts";
import { findOutletByName } from "../lexicon/outlet-names.ts";
import type { OutletEntry } from "../lexicon/outlets.ts";
import { findWrittenDates } from "./find-written-dates.ts";

export interface DatelineMatch {
  dateline: Dateline;
  /**
   * The outlet named in the dateline when it is the publisher itself rather than a wire
   * ("BEIJING, (UrduPoint / Pakistan Point News - 18th Aug, 2023 ) :", "Islam Times - ..."), else null.
   */
  selfOutlet: OutletEntry | null;
}

export interface FindDatelineOptions {
  /** page date YYYY-MM-DD, for the year of "Aug 15" */
  pageDate: string | null;
}

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
// "Moscow, Aug 15 (EFE).-", "MOSCOW (Reuters) -", "TEHRAN, Apr. 30 (MNA) –", "(AP) —", "BEIJING, (UrduPoint ... ) :"
const WITH_CREDIT = new RegExp(
  `^(?:(\\p{Lu}[\\p{L}.'’ -]{0,40}?)\\s{0,3},?\\s{0,3})?(?:(${MONTH}\\.?\\s{1,3}\\d{1,2}(?:,\\s{0,3}\\d{4})?)\\s{0,3})?\\(([^()\\n]{1,80})\\)\\s{0,3}(?:\\.-|\\.?\\s?[-–—:]{1,2})\\s{0,3}`,
  "u",
);
// "MOSCOW — ", "WASHINGTON, Aug. 15 -- "
const CAPS_PLACE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’ -]{1,30}?)(?:,\\s{0,3}(${MONTH}\\.?\\s{1,3}\\d{1,2}(?:,\\s{0,3}\\d{4})?))?\\s{0,3}(?:--|[-–—])\\s{1,3}`,
  "u",
);
// "Islam Times - ...": an outlet's name leading the first paragraph (only when the lexicon knows it)
const NAME_DASH = /^(\p{Lu}[\p{L}]{0,30}(?: \p{Lu}[\p{L}]{0,30}){0,4})\s{1,3}[-–—]\s{1,3}/u;

/**
 * The dateline at the start of the first paragraphs (`starts` are their offsets in `text`), with its
 * place, date (year from the page date) and the wire it credits (canonical name from the lexicon).
 * Looks at most 200 characters into each paragraph.
 */
export function findDateline(text: string, starts: readonly number[], options: FindDatelineOptions): DatelineMatch | null {
  for (const start of starts) {
    const head = text.slice(start, start + 200);
    const credited = WITH_CREDIT.exec(head);
    if (credited) {
      const place = credited[1]?.trim() || null;
      const inner = credited[3] ?? "";
      // "(UrduPoint / Pakistan Point News - 18th Aug, 2023 )": name, then an optional date
      const dash = inner.search(/\s[-–—]\s/);
      const name = (dash >= 0 ? inner.slice(0, dash) : inner).trim();
      const entry = lookup(name);
      const isWire = entry === null ? looksLikeAgency(name) : entry.kind === "agency" || entry.kind === "wire";
      if (place === null && !isWire && credited[2] === undefined) continue;
      let date: string | null = null;
      const written = credited[2] ?? (dash >= 0 ? inner.slice(dash) : "");
      const found = findWrittenDates(written, 0, written.length, { pageDate: options.pageDate });
      if (found[0]) date = found[0].date;
      const matched = credited[0].trimEnd();
      return {
        dateline: {
          text: matched,
          start,
          end: start + matched.length,
          place,
          date,
          wire: isWire ? (entry?.name ?? name) : null,
        },
        selfOutlet: entry !== null && !isWire ? entry : null,
      };
    }
    const caps = CAPS_PLACE.exec(head);
    if (caps && (caps[1] ?? "").replace(/[^\p{Lu}]/gu, "").length >= 2) {
      const written = caps[2] ?? "";
      const found = findWrittenDates(written, 0, written.length, { pageDate: options.pageDate });
      const matched = caps[0].trimEnd();
      return {
        dateline: { text: matched, start, end: start + matched.length, place: (caps[1] ?? "").trim(), date: found[0]?.date ?? null, wire: null },
        selfOutlet: null,
      };
    }
    const named = NAME_DASH.exec(head);
    if (named) {
      const entry = findOutletByName(named[1] ?? "");
      if (entry) {
        const isWire = entry.kind === "agency" || entry.kind === "wire";
        const matched = named[0].trimEnd();
        return {
          dateline: { text: matched, start, end: start + matched.length, place: null, date: null, wire: isWire ? entry.name : null },
          selfOutlet: isWire ? null : entry,
        };
      }
    }
  }
  return null;
}

function lookup(name: string): OutletEntry | null {
  const direct = findOutletByName(name);
  if (direct) return direct;
  for (const part of name.split(/\s*[/,]\s*/)) {
    const hit = part ? findOutletByName(part) : null;
    if (hit) return hit;
  }
  return null;
}

/** An unknown credit in a dateline: a short name or an acronym ("MNA", "Agencies"). */
function looksLikeAgency(name: string): boolean {
  return /^[\p{Lu}][\p{L}.&'’ -]{0,40}$/u.test(name) && name.split(/\s+/).length <= 5 && !/\d/.test(name);
}
