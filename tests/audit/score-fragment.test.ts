import { describe, expect, it } from "vitest";
import { scoreFragment } from "../../src/audit/score-fragment.ts";
import { tokenizeSearchWords } from "../../src/text/tokenize-search-words.ts";

const score = (query: string, text: string): number => scoreFragment(tokenizeSearchWords(query), tokenizeSearchWords(text));

describe("scoreFragment", () => {
  it("a whole wording scores 1; an exact fragment a little less, more the more of the quote it covers", () => {
    const quote = "China is ready to work with Belarus to promote relations between the two militaries";
    expect(score(quote, quote)).toBe(1);
    const long = score("promote relations between the two militaries", quote);
    const short = score("the two militaries", quote);
    expect(long).toBeGreaterThan(0.9);
    expect(long).toBeLessThan(1);
    expect(short).toBeLessThan(long);
  });

  it("regression (issue 14): \"China is ready\" fits the quote that says it in that order better than one with the same words scattered", () => {
    const ordered = score("China is ready", "China is ready to work with Belarus to promote relations between the two militaries");
    const scattered = score("China is ready", "Belarus firmly supports the major initiatives put forward by Xi and is ready to work with China to contribute to world peace");
    expect(ordered).toBeGreaterThan(scattered + 0.05);
  });

  it("words side by side fit better than the same words in order but apart, which fit better than out of order", () => {
    const text = (middle: string) => `we will ${middle} in the coming months across the region`;
    const together = score("hold joint drills", text("hold joint drills with partners"));
    const apart = score("hold joint drills", text("hold talks on joint work and drills"));
    const reversed = score("hold joint drills", text("drills and joint work we hold"));
    expect(together).toBeGreaterThan(apart);
    expect(apart).toBeGreaterThan(reversed);
  });

  it("misspelt words still count (near words), and a query of little weight claims little", () => {
    expect(score("find a lerger spase to hold drils", "as well as find a larger space to hold drills and strengthen cooperation")).toBeGreaterThan(0.6);
    expect(score("SCO", "security cooperation within the SCO")).toBeLessThan(0.5);
    expect(score("", "anything")).toBe(0);
  });
});
