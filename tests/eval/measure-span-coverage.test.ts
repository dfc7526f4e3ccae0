import { describe, expect, it } from "vitest";
import { measureSpanCoverage } from "../../eval/measure-span-coverage.ts";

describe("measureSpanCoverage (BASIL protocol step 2 without a database)", () => {
  const quotes = new Map<string, (readonly [number, number])[]>([
    ["e1/fox", [[0, 100], [200, 230]]],
  ]);

  it("a span is found when an extracted quote of its article overlaps it >= 0.3 (|intersection| / |longer span|)", () => {
    const r = measureSpanCoverage([
      { article: "e1/fox", start: 200, end: 230 }, // identical
      { article: "e1/fox", start: 0, end: 30 }, // inside a quote 100 long: 30/100 = 0.3, found
      { article: "e1/fox", start: 0, end: 29 }, // 29/100 < 0.3: the span is swallowed, not found
      { article: "e1/nyt", start: 0, end: 30 }, // an article without quotes
    ], quotes);
    expect(r.spans.map((c) => c.found)).toEqual([true, true, false, false]);
    expect(r.spans[2]?.best).toEqual({ index: 0, overlap: 0.29 });
    expect(r.spans[3]?.best).toBeNull();
    expect(r.found).toBe(2);
    expect(r.share).toBe(0.5);
  });

  it("counts a span named by several pairs once, and takes the best-overlapping quote", () => {
    const r = measureSpanCoverage([
      { article: "e1/fox", start: 90, end: 220 },
      { article: "e1/fox", start: 90, end: 220 },
    ], quotes);
    expect(r.spans).toHaveLength(1);
    // [0,100) overlaps 10 of 130, [200,230) 20 of 130: the second is the best, still under 0.3
    expect(r.spans[0]?.best?.index).toBe(1);
    expect(r.found).toBe(0);
  });
});
