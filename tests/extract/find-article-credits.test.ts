import { describe, expect, it } from "vitest";
import { findArticleCredits } from "../../src/extract/find-article-credits.ts";
import type { Paragraph } from "../../src/extract/types.ts";

/** the wire sign-offs findArticleCredits finds in one paragraph holding `text` */
function signOffs(text: string): [string, string][] {
  const paragraphs = [{ start: 0, end: text.length, region: "body" }] as unknown as Paragraph[];
  return findArticleCredits(text, paragraphs, [], null).map((c) => [c.name, c.mention]);
}

// The sign-off regex runs only where a backward scan of the paragraph's tail finds a capital it
// could start at (src/extract/find-article-credits.ts, maySignOff): every shape the regex takes
// must still be found, and the tails it cannot match are left alone.
describe("findArticleCredits: wire sign-offs closing a paragraph", () => {
  it("finds a sign-off after each kind of opening the regex allows", () => {
    expect(signOffs("The talks ended on Tuesday, 12 May. — Reuters")).toEqual([["Reuters", "Reuters"]]);
    expect(signOffs("The talks ended on Tuesday, 12 May. -Reuters")).toEqual([["Reuters", "Reuters"]]);
    expect(signOffs("The talks ended on Tuesday, 12 May. (Reuters)")).toEqual([["Reuters", "Reuters"]]);
    expect(signOffs("The talks ended on Tuesday, 12 May. (Reuters )  ")).toEqual([["Reuters", "(Reuters )"]]);
    expect(signOffs("The talks ended on Tuesday, 12 May. EFE")).toEqual([["EFE", "EFE"]]);
    expect(signOffs("“We are done,”\u00a0EFE\n")).toEqual([["EFE", "EFE"]]);
    expect(signOffs("EFE")).toEqual([["EFE", "EFE"]]);
    expect(signOffs("The talks ended on Tuesday, 12 May.\tTASS\t")).toEqual([["TASS", "TASS"]]);
  });

  it("finds none where the regex cannot match (a capital after a lower-case word, a digit or comma in the way, two parentheses)", () => {
    expect(signOffs("He met Reuters reporters on Tuesday.")).toEqual([]);
    expect(signOffs("The minister spoke to AP")).toEqual([]);
    expect(signOffs("It ended. — Reuters 2023")).toEqual([]);
    expect(signOffs("It ended. — Reuters, AP")).toEqual([]);
    expect(signOffs("It ended. (Reuters))")).toEqual([]);
    expect(signOffs("it ended. — reuters")).toEqual([]);
    expect(signOffs("")).toEqual([]);
  });

  it("leaves non-ASCII and astral letters to the regex (a surrogate is one letter for it)", () => {
    expect(signOffs("Les pourparlers ont pris fin. — Émile Reuters")).toEqual([]);
    expect(signOffs("It ended. — \u{1D49C}bc")).toEqual([]);
    expect(signOffs("It ended, \u{1D49C}. — Reuters")).toEqual([["Reuters", "Reuters"]]);
  });

  it("reads only the last 80 characters of a long paragraph", () => {
    const long = `${"word ".repeat(4000)}ended. — Reuters`;
    expect(signOffs(long)).toEqual([["Reuters", "Reuters"]]);
    expect(signOffs(`${"Word ".repeat(4000)}.`)).toEqual([]);
  });
});
