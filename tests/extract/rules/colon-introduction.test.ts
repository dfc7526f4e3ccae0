import { describe, expect, it } from "vitest";
import { findColonIntroduction } from "../../../src/extract/rules/colon-introduction.ts";
import { tokenizeWords } from "../../../src/text/tokenize-words.ts";

function intro(text: string): string | null {
  const np = findColonIntroduction(tokenizeWords(text, 0, text.length));
  return np ? text.slice(np.nameStart, np.nameEnd) : null;
}

describe("findColonIntroduction: a verbless introduction that names the speaker", () => {
  it("'From X:' with or without a title; the name part is the name", () => {
    expect(intro("From Chairwoman Janet Holt:")).toBe("Janet Holt");
    expect(intro("From Janet Holt:")).toBe("Janet Holt");
  });

  it("'Statement from X:', a role, a short tail before the colon", () => {
    expect(intro("Statement from Chairwoman Janet Holt:")).toBe("Janet Holt");
    expect(intro("A statement from the mayor:")).toBe("the mayor");
    expect(intro("From Janet Holt, the committee chair:")).toBe("Janet Holt");
    expect(intro("From Janet Holt writing in the county newsletter:")).toBe("Janet Holt");
  });

  it("no colon at the end, no 'from', a date, a place or an outlet: no speaker", () => {
    expect(intro("From Chairwoman Janet Holt")).toBeNull();
    expect(intro("Here are the results:")).toBeNull();
    expect(intro("From Monday:")).toBeNull();
    expect(intro("From 2010 to 2015, the figures were:")).toBeNull();
    expect(intro("From the archives:")).toBeNull();
    expect(intro("From Reuters:")).toBeNull();
    expect(intro("The view from Washington, in short:")).toBeNull();
  });
});
