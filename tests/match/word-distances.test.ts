import { describe, expect, it } from "vitest";
import { containmentDistance } from "../../src/match/containment-distance.ts";
import { wordEditDistance } from "../../src/match/word-edit-distance.ts";

describe("wordEditDistance / containmentDistance", () => {
  it("counts word edits within the band and stops beyond it", () => {
    expect(wordEditDistance(["a", "b", "c", "d"], ["a", "x", "c", "d"], 2)).toBe(1);
    expect(wordEditDistance(["a", "b", "c", "d"], ["a", "c", "d"], 2)).toBe(1);
    expect(wordEditDistance(["a", "b", "c", "d"], ["w", "x", "y", "z"], 2)).toBe(3);
    expect(wordEditDistance([], ["a"], 1)).toBe(1);
  });
  it("finds a sub-span with its place", () => {
    expect(containmentDistance(["c", "d", "e"], ["a", "b", "c", "d", "e", "f"], 0)).toEqual({ distance: 0, start: 2, end: 5 });
    expect(containmentDistance(["c", "x", "e"], ["a", "b", "c", "d", "e", "f"], 1)).toEqual({ distance: 1, start: 2, end: 5 });
    expect(containmentDistance(["q", "r", "s"], ["a", "b", "c"], 1)).toBeNull();
  });
});
