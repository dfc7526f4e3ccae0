import { describe, expect, it } from "vitest";
import { classifyChanges, type ClassifyChangesMemo } from "../../src/drift/classify-changes.ts";
import { CONTINUE_000, CONTINUE_001, CONTINUE_004, DRILLS_001, DRILLS_004, PREVIEW_000 } from "../match/seed-mentions.ts";

const types = (from: string, to: string) => classifyChanges(from, to).map((c) => c.type);

describe("classifyChanges on the seeds", () => {
  it("001 -> 004 of the SCO quote is one spelling change, both ways", () => {
    expect(classifyChanges(CONTINUE_001, CONTINUE_004)).toEqual([{ type: "spelling", from: "organization's", to: "organisation's", severity: "low" }]);
    expect(classifyChanges(CONTINUE_004, CONTINUE_001)).toEqual([{ type: "spelling", from: "organisation's", to: "organization's", severity: "low" }]);
  });

  it("the drills quote: substitution wider/larger (medium) and an editorial insertion (high: words the speaker did not say), either way", () => {
    expect(classifyChanges(DRILLS_001, DRILLS_004)).toEqual([
      { type: "substitution", from: "wider", to: "larger", severity: "medium" },
      { type: "editorial-insertion", from: "", to: "[of nuclear weapons]", severity: "high" },
    ]);
    expect(classifyChanges(DRILLS_004, DRILLS_001)).toEqual([
      { type: "substitution", from: "larger", to: "wider", severity: "medium" },
      { type: "editorial-insertion", from: "[of nuclear weapons]", to: "", severity: "high" },
    ]);
  });

  it("000's preview is a truncation of the full quote, both ways", () => {
    expect(types(CONTINUE_001, PREVIEW_000)).toEqual(["truncation"]);
    expect(types(PREVIEW_000, CONTINUE_001)).toEqual(["truncation"]);
    expect(classifyChanges(CONTINUE_001, PREVIEW_000)[0]?.to).toBe("...");
  });

  it("000 -> 001: a curly apostrophe is typography; a -> an (\"a SCO\" / \"an SCO\") is the a/an class, low", () => {
    // a/an used to come out as a medium substitution and ranked this faithfully carried quote
    // as altered; the article's two forms are one word
    expect(classifyChanges(CONTINUE_000, CONTINUE_001)).toEqual([
      { type: "typography", from: "organization’s", to: "organization's", severity: "low" },
      { type: "article-form", from: "a", to: "an", severity: "low" },
    ]);
  });
});

describe("classifyChanges: each class", () => {
  it.each([
    ["typography: quotes and dashes", "It is a “weighty” exhibition - truly", "It is a \"weighty\" exhibition — truly", ["typography", "typography", "typography"]],
    ["typography: spacing only", "It is a weighty exhibition", "It is a  weighty exhibition", ["typography"]],
    ["punctuation", "It is a weighty exhibition, and a fine one", "It is a weighty exhibition and a fine one", ["punctuation"]],
    ["case (consecutive words merged)", "We will hold THE DRILLS soon", "We will hold the drills soon", ["case"]],
    ["spelling -ise/-ize", "We must modernise the army", "We must modernize the army", ["spelling"]],
    ["spelling -our/-or", "It is an honour for us", "It is an honor for us", ["spelling"]],
    ["spelling -re/-er", "The centre of the city", "The center of the city", ["spelling"]],
    ["spelling -ce/-se", "Our defence ties", "Our defense ties", ["spelling"]],
    ["editorial insertion on the variant side", "The field of non-proliferation", "The field of non-proliferation [of nuclear weapons]", ["editorial-insertion"]],
    ["editorial insertion on the canonical side", "The field [of arms] control", "The field control", ["editorial-insertion"]],
    ["truncation by ellipsis", "We will continue to strengthen the mechanism", "We will continue…", ["truncation"]],
    ["truncation: cut-off end", "We will continue to strengthen the mechanism", "We will continue to strengthen", ["truncation"]],
    ["substitution", "find a wider space", "find a larger space", ["substitution"]],
    ["insertion", "We will hold drills with partners", "We will hold joint drills with partners", ["insertion"]],
    ["deletion", "We will hold joint drills with partners", "We will hold drills with partners", ["deletion"]],
    ["reordering", "security and defense cooperation with Iran", "defense and security cooperation with Iran", ["reordering"]],
  ])("%s", (_name, from, to, expected) => {
    expect(types(from, to)).toEqual(expected);
  });

  it("identical texts have no changes", () => {
    expect(classifyChanges(DRILLS_001, DRILLS_001)).toEqual([]);
  });
});

describe("classifyChanges: severity", () => {
  const severity = (from: string, to: string) => classifyChanges(from, to).map((c) => c.severity);
  it("low for typography, punctuation, case and spelling", () => {
    expect(severity("our defence ties, now", "OUR defense ties now")).toEqual(["low", "low", "low"]);
  });
  it("high when a negation is added or removed", () => {
    expect(severity("We will hold drills", "We will not hold drills")).toEqual(["high"]);
    expect(severity("We can't accept this offer", "We can accept this offer")).toEqual(["high"]);
  });
  it("high when a number changes", () => {
    expect(severity("We sent 300 troops", "We sent 3,000 troops")).toEqual(["high"]);
    expect(severity("We sent three ships", "We sent four ships")).toEqual(["high"]);
  });
  it("high when a date changes", () => {
    expect(severity("We met on Tuesday in the capital", "We met on Friday in the capital")).toEqual(["high"]);
  });
  it("high when a named entity (capitalised, not sentence-initial) changes", () => {
    expect(severity("We work with Iran and others", "We work with Belarus and others")).toEqual(["high"]);
    expect(severity("The field [of Iran] control", "The field control")).toEqual(["high"]);
  });
  it("not high for a capital that only opens a sentence", () => {
    expect(severity("Drills start now. Troops move", "Drills start now. Ships move")).toEqual(["medium"]);
  });
  it("high when a modal is swapped (will -> may)", () => {
    expect(severity("Belarus will soon become a member", "Belarus may soon become a member")).toEqual(["high"]);
  });
  it("medium otherwise", () => {
    expect(severity("find a wider space", "find a larger space")).toEqual(["medium"]);
  });
});

describe("classifyChanges: the severity rules of issue 13, one each", () => {
  const one = (from: string, to: string) => classifyChanges(from, to).map((c) => [c.type, c.severity]);
  it("typography is low", () => expect(one("a “weighty” exhibition", "a \"weighty\" exhibition")).toEqual([["typography", "low"], ["typography", "low"]]));
  it("case is low", () => expect(one("the SCO Charter", "the SCO charter")).toEqual([["case", "low"]]));
  it("punctuation is low", () => expect(one("a weighty exhibition, truly", "a weighty exhibition truly")).toEqual([["punctuation", "low"]]));
  it("regression (BASIL dev typography pair): a hyphen written as a space is spelling, low", () => expect(one("a state-funded channel", "a state funded channel")).toEqual([["spelling", "low"]]));
  it("a spelling variant (organization / organisation) is low", () => expect(one("the organization's member", "the organisation's member")).toEqual([["spelling", "low"]]));
  it("regression: a contraction (will not -> won't) is low, not a high negation change", () => {
    expect(one("Beijing will not accept it", "Beijing won't accept it")).toEqual([["contraction", "low"]]);
    expect(one("It is a weighty exhibition", "It's a weighty exhibition")).toEqual([["contraction", "low"]]);
    expect(one("We cannot accept it", "We can't accept it")).toEqual([["contraction", "low"]]);
  });
  it("a possessive is not a contraction: Iran's -> Iran is stays a substitution", () => {
    expect(one("Iran's plan works", "Iran is plan works")[0]?.[0]).toBe("substitution");
  });
  it("regression: a/an (a SCO -> an SCO) is its own low class, not spelling", () => expect(one("become a SCO member", "become an SCO member")).toEqual([["article-form", "low"]]));
  it("a content-word substitution is medium", () => expect(one("find a wider space", "find a larger space")).toEqual([["substitution", "medium"]]));
  it("a changed negation is high", () => expect(one("We will hold drills", "We will never hold drills")).toEqual([["insertion", "high"]]));
  it("a changed number is high", () => expect(one("We sent 300 troops", "We sent 3,000 troops")).toEqual([["substitution", "high"]]));
  it("a changed named entity is high", () => expect(one("We work with Iran here", "We work with Belarus here")).toEqual([["substitution", "high"]]));
  it("a changed modality (will -> may) is high", () => expect(one("Belarus will join", "Belarus may join")).toEqual([["substitution", "high"]]));
  it("regression: inserted editorial text is high", () => expect(one("arms control and non-proliferation", "arms control and non-proliferation [of nuclear weapons]")).toEqual([["editorial-insertion", "high"]]));
  it("a truncation is medium, even when it cuts names", () => expect(one("We will strengthen the SCO with Iran and Belarus", "We will strengthen the SCO...")).toEqual([["truncation", "medium"]]));
  it("a truncation that cuts a negation is high", () => expect(one("We will strengthen ties but not with NATO", "We will strengthen ties but...")).toEqual([["truncation", "high"]]));
  it("a truncation that cuts a condition is high", () => expect(one("We will hold drills if they agree", "We will hold drills...")).toEqual([["truncation", "high"]]));
});

describe("classifyChanges: the canonical tokens memo", () => {
  it("regression (issue 10, hidden module-level cache): state lives in the caller's memo, and results do not depend on it", () => {
    const memo: ClassifyChangesMemo = {};
    const withMemo = classifyChanges(DRILLS_001, DRILLS_004, memo);
    expect(memo.from?.text).toBe(DRILLS_001); // the caller owns the tokens kept between calls
    const kept = memo.from?.tokens;
    expect(classifyChanges(DRILLS_001, DRILLS_004, memo)).toEqual(withMemo);
    expect(memo.from?.tokens).toBe(kept); // tokenized once for the same text
    expect(classifyChanges(CONTINUE_001, CONTINUE_004, memo)).toEqual(classifyChanges(CONTINUE_001, CONTINUE_004));
    expect(memo.from?.text).toBe(CONTINUE_001); // another text replaces them
    expect(classifyChanges(DRILLS_001, DRILLS_004)).toEqual(withMemo);
  });
});
