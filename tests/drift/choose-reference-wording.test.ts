import { describe, expect, it } from "vitest";
import { chooseReferenceWording, type ReferenceCandidate } from "../../src/drift/choose-reference-wording.ts";

const FULL = "Beijing is ready to hold joint military drills with all countries and find a wider space to hold drills";
const c = (id: string, over: Partial<ReferenceCandidate> = {}): ReferenceCandidate => ({
  id, text: FULL, kind: "direct", repeat: false, outlet: id.toUpperCase(), source: null, articleCredits: [],
  date: "2023-08-15", pageDate: "2023-08-15", ...over,
});

describe("chooseReferenceWording (issue 13 direction, issue 11 #3)", () => {
  it("regression: a wording free of editorial marks beats the earlier, bracketed one", () => {
    const choice = chooseReferenceWording([
      c("memo", { text: `${FULL.replace("wider", "larger")} [of nuclear weapons]`, pageDate: "2023-08-16" }),
      c("persian", { pageDate: "2023-09-25" }),
    ]);
    expect(choice).toEqual({ id: "persian", reason: "free of editorial marks (square brackets, ellipses, [sic])" });
  });

  it("an ellipsis inside is an editorial mark too; when every wording has marks, they all take part", () => {
    expect(chooseReferenceWording([c("a", { text: FULL.replace("with all", "... with all") }), c("b", { pageDate: "2023-09-01" })]).id).toBe("b");
    expect(chooseReferenceWording([c("a", { text: `${FULL} [sic]` }), c("b", { text: `[Beijing] ${FULL}`, pageDate: "2023-09-01" })]).id).toBe("a");
  });

  it("regression (issue 11 #3): never a fragment, a teaser or a paraphrase, even when it is earlier and credits the origin", () => {
    const words = FULL.split(" ");
    const fragment = words.slice(0, 8).join(" ");
    const choice = chooseReferenceWording([
      c("frag", { text: fragment, source: "TASS", date: "2023-08-14" }),
      c("teaser", { text: `${fragment}...`, source: "TASS", date: "2023-08-14" }),
      c("repeat", { repeat: true, source: "TASS", date: "2023-08-14" }),
      c("claim", { kind: "indirect", source: "TASS", date: "2023-08-14" }),
      c("full", { date: "2023-08-16" }),
    ]);
    expect(choice.id).toBe("full");
    expect(choice.reason).toMatch(/^a full quote \(fragments, teasers and paraphrases set aside\)/);
  });

  it("crediting the origin directly comes before length and dates", () => {
    const choice = chooseReferenceWording([
      c("early", { date: "2023-08-14", text: `${FULL} now` }),
      c("credited", { source: "TASS", pageDate: "2023-09-25" }),
      c("other", { source: "TASS", text: FULL.replace("wider", "larger"), pageDate: "2023-09-26" }),
    ]);
    expect(choice).toEqual({ id: "credited", reason: "credits the origin, TASS, directly; the earliest page (2023-09-25)" });
  });

  it("the origin's own page is nearer than a page crediting it", () => {
    const choice = chooseReferenceWording([c("relay", { source: "Sputnik", text: `${FULL} now` }), c("sputnik", { outlet: "Sputnik" })]);
    expect(choice).toEqual({ id: "sputnik", reason: "published by Sputnik, which the others credit" });
  });

  it("then the fullest, then the earliest event date, then the earliest page date", () => {
    expect(chooseReferenceWording([c("a"), c("b", { text: `${FULL} today` })]).reason).toBe("the fullest (20 words)");
    expect(chooseReferenceWording([c("a", { date: "2023-08-16" }), c("b")])).toEqual({ id: "b", reason: "the earliest (2023-08-15)" });
    expect(chooseReferenceWording([c("a", { pageDate: "2023-08-16" }), c("b", { pageDate: null })]).id).toBe("a");
  });

  it("depends only on the set of candidates, not their order", () => {
    const list = [c("a", { pageDate: "2023-08-20" }), c("b", { source: "X" }), c("c", { source: "X", text: `${FULL} too` }), c("d", { date: null })];
    const first = chooseReferenceWording(list);
    expect(chooseReferenceWording([...list].reverse())).toEqual(first);
    expect(first.id).toBe("c");
  });

  it("one occurrence: itself", () => {
    expect(chooseReferenceWording([c("a")])).toEqual({ id: "a", reason: "the only occurrence" });
  });
});
