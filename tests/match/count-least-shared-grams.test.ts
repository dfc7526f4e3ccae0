import { describe, expect, it } from "vitest";
import { countLeastSharedGrams } from "../../src/match/count-least-shared-grams.ts";
import { resolveMatchOptions } from "../../src/match/resolve-match-options.ts";
import { shapeWording } from "../../src/match/shape-wording.ts";
import { toCandidateKeys } from "../../src/text/to-candidate-keys.ts";

const options = resolveMatchOptions();
const sequence = (text: string): number[] => toCandidateKeys(text, null).sequence;
const shared = (a: string, b: string): number => {
  const other = new Set(sequence(b));
  return new Set(sequence(a)).size - [...new Set(sequence(a))].filter((g) => !other.has(g)).length;
};
const least = (fresh: string, stored: string): number => countLeastSharedGrams(shapeWording(sequence(fresh)), shapeWording(sequence(stored)), options);

// The incremental match's scope keeps a stored mention only when it shares this many bigrams with
// a new one (issue 15 #1: one shared bigram such as "of the" loaded 58 % of a 100k corpus). The
// bound must never exceed what a pair verifyPair accepts shares, or the scope loses a family.
describe("countLeastSharedGrams", () => {
  const quote = "We will not raise taxes on working families in the middle of a recession this year";
  it("is met by a full match within the edit threshold, a fragment inside, and an overlapping excerpt", () => {
    const edited = "We will not raise taxes on hard working families in the middle of the recession this year";
    const fragment = "raise taxes on working families";
    const longFragment = "not raise taxes on working families in the middle of a recession";
    const overlap = "in the middle of a recession this year, and we will keep that promise to every voter";
    for (const other of [edited, fragment, longFragment, overlap]) {
      expect(shared(quote, other), other).toBeGreaterThanOrEqual(least(quote, other));
      expect(shared(other, quote), other).toBeGreaterThanOrEqual(least(other, quote));
    }
    // a five-word fragment must be found exactly: all four of its bigrams
    expect(least(fragment, quote)).toBe(4);
  });

  it("asks more than one common bigram of two long quotes", () => {
    const other = "The committee will vote on the bill in the middle of next week after the hearings end";
    expect(shared(quote, other)).toBe(3); // "in the", "the middle", "middle of"
    expect(least(quote, other)).toBeGreaterThan(3);
  });

  it("never asks fewer than one", () => {
    expect(least("lame duck", quote)).toBe(1);
  });
});
