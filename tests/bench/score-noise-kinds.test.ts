import { describe, expect, it } from "vitest";
import { scoreNoiseKinds } from "../../bench/score-noise-kinds.ts";

describe("scoreNoiseKinds (pairwise, overall and per noise kind)", () => {
  // truth: {0,1,2} one statement, {3} and {4} alone; predicted: {0,1} {2} {3,4}
  const truth = Int32Array.from([7, 7, 7, 8, 9]);
  const predicted = Int32Array.from([1, 1, 2, 3, 3]);
  // kind "a" on mention 2 (the split-off member), kind "b" on mention 4 (the wrong merge)
  const tags = Uint16Array.from([0, 0, 0b01, 0, 0b10]);
  const scores = scoreNoiseKinds(predicted, truth, tags, ["a", "b"]);

  it("counts pairs overall: 3 truth pairs, 2 predicted, 1 right", () => {
    expect(scores.overall).toMatchObject({ truthPairs: 3, predictedPairs: 2, precision: 0.5 });
    expect(scores.overall.recall).toBeCloseTo(1 / 3);
    expect(scores.overall.f1).toBeCloseTo(0.4);
  });
  it("scores a kind on the pairs with at least one mention of it", () => {
    const [a, b] = scores.byKind;
    // kind a: truth pairs (0,2) (1,2), none found; no predicted pair holds mention 2
    expect(a).toMatchObject({ kind: "a", mentions: 1, truthPairs: 2, predictedPairs: 0, precision: null, recall: 0, f1: null });
    // kind b: no truth pair, one wrong predicted pair (3,4)
    expect(b).toMatchObject({ kind: "b", mentions: 1, truthPairs: 0, predictedPairs: 1, precision: 0, recall: null });
  });
  it("gives the figures over the other mentions as the kind's `without`", () => {
    const [a, b] = scores.byKind;
    // without mention 2: truth pair (0,1) found, predicted (0,1) and the wrong (3,4)
    expect(a?.without).toMatchObject({ truthPairs: 1, predictedPairs: 2, precision: 0.5, recall: 1 });
    // without mention 4: truth pairs (0,1) (0,2) (1,2), one found, one predicted
    expect(b?.without).toMatchObject({ truthPairs: 3, predictedPairs: 1, precision: 1 });
  });
  it("gives no per-kind figures without tags, and perfect figures for a perfect clustering", () => {
    const perfect = scoreNoiseKinds(truth, truth, null, ["a"]);
    expect(perfect.byKind).toEqual([]);
    expect(perfect.overall).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
