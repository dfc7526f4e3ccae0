import { describe, expect, it } from "vitest";
import { makeVerdict } from "../../src/audit/make-verdict.ts";

describe("makeVerdict", () => {
  it("names the alterations of quoted words, outlet by outlet", () => {
    expect(makeVerdict([
      { outlet: "Persian News", link: "canonical", changes: [], flags: [] },
      { outlet: "Middle East Monitor", link: "variant", flags: [], changes: [
        { type: "substitution", from: "wider", to: "larger", severity: "medium" },
        { type: "editorial-insertion", from: "", to: "[of nuclear weapons]", severity: "high" },
      ] },
    ])).toBe('altered in 1 of 2 outlets — Middle East Monitor: substitution wider -> larger, editorial insertion of "[of nuclear weapons]"');
  });

  it("regression (issue 13): counts each outlet once, out of every outlet; a paraphrase or a teaser's cut is not an altered quote", () => {
    const verdict = makeVerdict([
      { outlet: "Middle East Monitor", link: "canonical", changes: [], flags: [] },
      { outlet: "Persian News", link: "variant", flags: [], changes: [{ type: "spelling", from: "organisation's", to: "organization's", severity: "low" }] },
      { outlet: "Pakistan Defence", link: "partial", flags: [], changes: [{ type: "truncation", from: "the SCO, actively", to: "...", severity: "medium" }] },
      { outlet: "Pakistan Defence", link: "variant", flags: [], changes: [{ type: "article-form", from: "an", to: "a", severity: "low" }] },
      { outlet: "Persian News", link: "paraphrase", flags: [], changes: [{ type: "substitution", from: "We will continue", to: "China is ready", severity: "high" }] },
    ]);
    expect(verdict).toBe(
      "wording unaltered in all 3 outlets; cosmetic changes in 2 of 3 outlets: spelling organisation's -> organization's; a/an an -> a. " +
        "Quoted in part in 1 of 3 outlets. Paraphrased in 1 of 3 outlets",
    );
  });

  it("reads naturally for two outlets and one", () => {
    const same = { link: "verbatim" as const, changes: [], flags: [] };
    expect(makeVerdict([{ ...same, outlet: "A", link: "canonical" }, { ...same, outlet: "B" }])).toBe("verbatim in both outlets");
    expect(makeVerdict([{ ...same, outlet: "A", link: "canonical" }, { ...same, outlet: "A" }])).toBe("verbatim in its only outlet");
    expect(makeVerdict([{ ...same, outlet: "A", link: "canonical" }, { ...same, outlet: "B" }, { ...same, outlet: "C" }])).toBe("verbatim in all 3 outlets");
  });

  it("an outlet that only paraphrases is counted among the outlets, not as altered", () => {
    expect(makeVerdict([
      { outlet: "A", link: "canonical", changes: [], flags: [] },
      { outlet: "B", link: "paraphrase", changes: [{ type: "substitution", from: "x", to: "y", severity: "high" }], flags: ["source-dropped"] },
    ])).toBe("verbatim in 1 of 2 outlets. Paraphrased in 1 of 2 outlets. Flags: source-dropped (B)");
  });
});
