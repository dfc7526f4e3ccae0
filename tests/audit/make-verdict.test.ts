import { describe, expect, it } from "vitest";
import { makeVerdict } from "../../src/audit/make-verdict.ts";

describe("makeVerdict", () => {
  it("names the alterations of quoted words", () => {
    expect(makeVerdict([
      { outlet: "Persian News", link: "canonical", changes: [], flags: [] },
      { outlet: "Middle East Monitor", link: "variant", flags: [], changes: [
        { type: "substitution", from: "wider", to: "larger", severity: "medium" },
        { type: "editorial-insertion", from: "", to: "[of nuclear weapons]", severity: "medium" },
      ] },
    ])).toBe("altered in 1 of 2 outlets: substitution wider -> larger; editorial insertion");
  });

  it("regression: a paraphrase (indirect claim) or a teaser's cut is not reported as an altered quote", () => {
    const verdict = makeVerdict([
      { outlet: "Middle East Monitor", link: "canonical", changes: [], flags: [] },
      { outlet: "Persian News", link: "variant", flags: [], changes: [{ type: "spelling", from: "organisation's", to: "organization's", severity: "low" }] },
      { outlet: "Pakistan Defence", link: "partial", flags: [], changes: [{ type: "truncation", from: "the SCO, actively", to: "...", severity: "high" }] },
      { outlet: "Persian News", link: "paraphrase", flags: [], changes: [{ type: "substitution", from: "We will continue", to: "China is ready", severity: "high" }] },
    ]);
    expect(verdict).toBe(
      "wording unaltered in 3 outlets; cosmetic changes in 1 outlet: spelling organisation's -> organization's. " +
        "Quoted in part in 1 outlet. Paraphrased in 1 outlet",
    );
  });
});
