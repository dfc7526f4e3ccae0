import { describe, expect, it } from "vitest";
import { findWrittenDates } from "../../src/ingest/find-written-dates.ts";
import { resolveEventDate } from "../../src/ingest/resolve-event-date.ts";

function resolve(text: string, pageDate: string | null, datelineDate: string | null = null) {
  const dates = findWrittenDates(text, 0, text.length, { pageDate });
  return resolveEventDate({ text, bodyRanges: [[0, text.length]], pageDate, datelineDate, dates });
}

describe("resolveEventDate", () => {
  it("resolves 'on Tuesday' against the dateline's date", () => {
    expect(resolve("Li said on Tuesday that ...", "2023-08-16", "2023-08-15")).toMatchObject({ value: "2023-08-15", from: "relative-weekday" });
    expect(resolve("Li said on Monday that ...", "2023-08-16", "2023-08-15")).toMatchObject({ value: "2023-08-14" });
  });

  it("resolves it inside a written range that holds one such weekday, not against a later page date", () => {
    const text = "Li said on Tuesday. The conference was held on the sidelines of the forum from August 14-20.";
    expect(resolve(text, "2023-09-25")).toMatchObject({ value: "2023-08-15", from: "relative-weekday" });
  });

  it("falls back to the latest full written date, then to the page date", () => {
    expect(resolve("On August 17, 2023 talks began; he spoke on Wednesday.", "2023-09-01")).toMatchObject({ value: "2023-08-16" });
    expect(resolve("He met Lukashenko here on Thursday.", "2023-08-18")).toMatchObject({ value: "2023-08-17" });
  });

  it("takes 'on <date>' when there is no weekday", () => {
    expect(resolve("The minister speaks at a conference in Moscow on 15 August 2023", "2023-08-16")).toMatchObject({ value: "2023-08-15", from: "text-date" });
  });

  it("finds the first 'on Tuesday' in the body exactly where the regex it replaced does (in any spacing, case and word boundary)", () => {
    const MENTION = /\b(?:on|last|this|late|early|since|until)\s{1,3}(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
    const words = ["on", "On", "upon", "last", "this", "until", "early", "x", "_", "Tuesday", "Sunday", "Wednesdays", "today", "day", "Friday"];
    const gaps = [" ", " ", "  ", "   ", "    ", "\n", "\u00a0", " \t ", "", ".", "-"];
    let seed = 11;
    const pick = (list: string[]): string => { seed = (seed * 1103515245 + 12345) % 2147483648; return list[(seed >> 8) % list.length] as string; };
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let text = pick(gaps);
      for (let k = 2 + (n % 9); k > 0; k--) text += pick(words) + pick(gaps);
      const body = n % 3 === 0 ? [[0, text.length]] as const : [[0, Math.floor(text.length / 3)], [Math.floor(text.length / 2), text.length]] as const;
      let expected: { value: number; start: number; end: number } | null = null;
      MENTION.lastIndex = 0;
      for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
        const range = body.find((r) => r[1] > m!.index);
        if (!range) break;
        if (range[0] <= m.index && m.index + m[0].length <= range[1]) { expected = { value: m.index, start: m.index, end: m.index + m[0].length }; break; }
      }
      const got = resolveEventDate({ text, bodyRanges: body, pageDate: "2023-08-16", datelineDate: null, dates: [] });
      if (expected) found++;
      expect(got === null ? null : { value: got.start, start: got.start, end: got.end }).toEqual(expected);
    }
    expect(found).toBeGreaterThan(300);
  });

  it("gives nothing when the text says neither", () => {
    expect(resolve("The ministers pledged to boost communication last September.", "2023-04-30")).toBeNull();
    expect(resolve("He spoke on Tuesday.", null)).toBeNull();
  });

  it("reports where the weekday was written", () => {
    const text = "Li said on Tuesday that ...";
    const r = resolve(text, "2023-08-16", "2023-08-15");
    expect(text.slice(r!.start, r!.end)).toBe("on Tuesday");
  });
});
