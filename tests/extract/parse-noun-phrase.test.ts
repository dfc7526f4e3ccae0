import { describe, expect, it } from "vitest";
import { parseNounPhrase } from "../../src/extract/parse-noun-phrase.ts";
import { tokenizeWords } from "../../src/text/tokenize-words.ts";

/** the phrase ending at the last token of `text` */
function back(text: string) {
  const toks = tokenizeWords(text, 0, text.length);
  const np = parseNounPhrase(toks, toks.length - 1, "back");
  return np ? { kind: np.kind, name: text.slice(np.nameStart, np.nameEnd) } : null;
}

describe("parseNounPhrase: surnames that are also publication heads", () => {
  it("regression: 'Hugh Hill' and 'Dr. Hill' were taken for the publication The Hill", () => {
    expect(back("Hugh Hill")).toEqual({ kind: "person", name: "Hugh Hill" });
    expect(back("Dr. Hill")).toEqual({ kind: "person", name: "Hill" });
  });

  it("'The Hill' and 'the Atlantic' stay publications; 'Capitol Hill' is a place, not a person", () => {
    expect(back("The Hill")?.kind).toBe("publication");
    expect(back("told the Atlantic")?.kind).toBe("publication");
    expect(back("Capitol Hill")?.kind).toBe("organization");
    expect(back("The Washington Post")?.kind).toBe("publication");
  });

  it("'Commissioner' is a title: 'Commissioner Maria Lopez' names Maria Lopez", () => {
    expect(back("Commissioner Maria Lopez")).toEqual({ kind: "person", name: "Maria Lopez" });
    expect(back("the commissioner")?.kind).toBe("role");
  });
});
