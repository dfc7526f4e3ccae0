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
