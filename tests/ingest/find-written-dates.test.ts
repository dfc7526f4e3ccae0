import { describe, expect, it } from "vitest";
import { findWrittenDates } from "../../src/ingest/find-written-dates.ts";

function dates(text: string, pageDate: string | null = "2023-09-25") {
  return findWrittenDates(text, 0, text.length, { pageDate }).map((d) => [d.text, d.date, d.until, d.hasYear]);
}

describe("findWrittenDates", () => {
  it("reads the common written forms", () => {
    expect(dates("on August 15, 2023 and 15 August 2023, Aug. 16, 2023, 18th Aug, 2023 and 2023-08-19")).toEqual([
      ["August 15, 2023", "2023-08-15", null, true],
      ["15 August 2023", "2023-08-15", null, true],
      ["Aug. 16, 2023", "2023-08-16", null, true],
      ["18th Aug, 2023", "2023-08-18", null, true],
      ["2023-08-19", "2023-08-19", null, true],
    ]);
  });

  it("reads ranges and takes a missing year from the page date", () => {
    expect(dates("the forum from August 14-20 and 3-5 September")).toEqual([
      ["August 14-20", "2023-08-14", "2023-08-20", false],
      ["3-5 September", "2023-09-03", "2023-09-05", false],
    ]);
  });

  it("drops impossible dates, lower-case 'may' and dates without year when there is no page date", () => {
    expect(dates("February 30, 2023 and it may 3 times")).toEqual([]);
    expect(dates("on August 15", null)).toEqual([]);
  });
});
