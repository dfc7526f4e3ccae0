import stringSimilarity from "string-similarity";
import { describe, expect, it } from "vitest";
import { diceSimilarity } from "../../src/text/dice-similarity.ts";

describe("diceSimilarity", () => {
  it("agrees with string-similarity's compareTwoStrings", () => {
    const pairs: [string, string][] = [
      ["find a wider space", "find a larger space"],
      ["organization", "organisation"],
      ["aaaa", "aa"],
      ["It is a weighty exhibition", "it is a weighty exhibition"],
      ["ab", "ba"],
      ["Привет мир", "Привет, мир"],
      ["wider space", "wider space"],
      ["abc", "xyz"],
    ];
    for (const [a, b] of pairs) expect(diceSimilarity(a, b)).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
  });
  it("gives the same with a memo of the first text, shared by calls with one first text and with another", () => {
    const memo = {};
    const firsts = ["find a wider space", "find a wider space", "a", "find a larger  space", "find a larger  space", ""];
    const seconds = ["find a larger space", "find a wider space", "a", "a b", "find a larger space", "x y"];
    for (const a of firsts) for (const b of seconds) expect(diceSimilarity(a, b, memo)).toBe(diceSimilarity(a, b));
  });
  it("agrees with it on generated texts (repeated bigrams, spaces, non-ASCII)", () => {
    const letters = ["a", "b", "c", " ", "é", "ß", "  "];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const text = () => Array.from({ length: 2 + (next() % 14) }, () => letters[next() % letters.length]).join("");
    for (let k = 0; k < 2000; k++) {
      const a = text();
      const b = text();
      if (a.replace(/\s+/g, "") === "" && b.replace(/\s+/g, "") === "") continue;
      expect(diceSimilarity(a, b)).toBeCloseTo(stringSimilarity.compareTwoStrings(a, b), 10);
    }
  });
  it("handles empty and one-letter strings (empty scores 0, unlike string-similarity's 1)", () => {
    expect(diceSimilarity("", "")).toBe(0);
    expect(diceSimilarity("a", "a")).toBe(1);
    expect(diceSimilarity("a", "b")).toBe(0);
  });
});
