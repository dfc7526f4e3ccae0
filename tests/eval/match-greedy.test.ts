import { describe, expect, it } from "vitest";
import { hullSpan } from "../../eval/hull-span.ts";
import { matchGreedy } from "../../eval/match-greedy.ts";
import { measureOverlap } from "../../eval/measure-overlap.ts";

describe("measureOverlap = |intersection| / |longer span|", () => {
  it("divides by the longer span, not the union or the shorter", () => {
    expect(measureOverlap([0, 10], [0, 5])).toBe(0.5);
    expect(measureOverlap([0, 5], [0, 10])).toBe(0.5);
    expect(measureOverlap([0, 10], [5, 20])).toBeCloseTo(5 / 15);
    expect(measureOverlap([0, 10], [0, 10])).toBe(1);
  });
  it("is 0 for disjoint, touching and empty spans", () => {
    expect(measureOverlap([0, 10], [10, 20])).toBe(0);
    expect(measureOverlap([0, 10], [30, 40])).toBe(0);
    expect(measureOverlap([5, 5], [0, 10])).toBe(0);
  });
});

describe("hullSpan (discontinuous gold spans count first start to last end)", () => {
  it("spans from the first start to the last end, whatever the order of the pieces", () => {
    expect(hullSpan([[10, 20], [40, 50]])).toEqual([10, 50]);
    expect(hullSpan([[40, 50], [10, 20]])).toEqual([10, 50]);
    expect(hullSpan([])).toBeNull();
  });
  it("makes a prediction covering the gap score against the hull, not the pieces", () => {
    const hull = hullSpan([[0, 10], [90, 100]])!;
    // against the pieces a [0,100] prediction would only reach 0.1 per piece
    expect(measureOverlap(hull, [0, 100])).toBe(1);
  });
});

describe("matchGreedy: one-to-one, best overlap first", () => {
  it("gives a contested gold span to the better prediction and leaves the other unmatched", () => {
    // gold 0 = [0,100]; pred 0 overlaps 0.5, pred 1 overlaps 0.9
    const matches = matchGreedy([[0, 100]], [[0, 50], [0, 90]], 0.3);
    expect(matches).toEqual([{ gold: 0, pred: 1, overlap: 0.9 }]);
  });
  it("is not first-come: a prediction goes to the gold span it overlaps best, freeing another", () => {
    // pred 0 overlaps gold 0 at 0.6 and gold 1 at 0.95; pred 1 overlaps gold 0 at 0.5
    const gold = [[0, 100], [40, 100]] as const;
    const pred = [[40, 97], [0, 50]] as const;
    expect(measureOverlap(gold[0], pred[0])).toBeCloseTo(0.57);
    expect(measureOverlap(gold[1], pred[0])).toBeCloseTo(0.95);
    const matches = matchGreedy(gold, pred, 0.3);
    expect(matches.map((m) => [m.gold, m.pred])).toEqual([[1, 0], [0, 1]]);
  });
  it("never uses a gold span or a prediction twice", () => {
    const matches = matchGreedy([[0, 10], [0, 10]], [[0, 10]], 0.3);
    expect(matches).toHaveLength(1);
    expect(matchGreedy([[0, 10]], [[0, 10], [0, 10]], 0.3)).toHaveLength(1);
  });
  it("applies the threshold inclusively (0.3 and 0.8 exactly count)", () => {
    expect(matchGreedy([[0, 10]], [[0, 3]], 0.3)).toHaveLength(1);
    expect(matchGreedy([[0, 10]], [[0, 2]], 0.3)).toHaveLength(0);
    expect(matchGreedy([[0, 10]], [[0, 8]], 0.8)).toHaveLength(1);
    expect(matchGreedy([[0, 100]], [[0, 79]], 0.8)).toHaveLength(0);
  });
  it("skips gold attributions without content and breaks ties deterministically", () => {
    expect(matchGreedy([null, [0, 10]], [[0, 10]], 0.3)).toEqual([{ gold: 1, pred: 0, overlap: 1 }]);
    // two predictions tie on one gold span: the lower prediction index wins
    expect(matchGreedy([[0, 10]], [[5, 15], [-5, 5]], 0.3)).toEqual([{ gold: 0, pred: 0, overlap: 0.5 }]);
  });
});
