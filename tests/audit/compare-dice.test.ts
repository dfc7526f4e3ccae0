import stringSimilarity from "string-similarity";
import { describe, expect, it } from "vitest";
import { compareDice } from "../../src/audit/compare-dice.ts";

describe("compareDice", () => {
  it("agrees with string-similarity's compareTwoStrings", () => {
    const pairs: [string, string][] = [
      ["find a wider space", "find a larger space"],
      ["organization", "organisation"],
      ["aaaa", "aa"],
      ["It is a weighty exhibition", "it is a weighty exhibition"],
      ["ab", "ba"],
      ["Привет мир", "Привет, мир"],
    ];
    for (const [a, b] of pairs) expect(compareDice(a, b)).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
  });
  it("handles empty and one-letter strings", () => {
    expect(compareDice("", "")).toBe(0);
    expect(compareDice("a", "a")).toBe(1);
    expect(compareDice("a", "b")).toBe(0);
  });
});
