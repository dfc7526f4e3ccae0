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

describe("parseNounPhrase: one look-up of the word lists per token (LEXICON_BITS) decides as the separate lists did", () => {
  /** kind and name of the phrase ending at the last token */
  const kindOf = (text: string) => back(text)?.kind ?? null;

  it("a lower-case head in both the media and the document lists is media, except 'report'; in the document list only, a document", () => {
    expect(kindOf("the newspaper")).toBe("media");
    expect(kindOf("the daily")).toBe("media");
    expect(kindOf("the agency")).toBe("media");
    expect(kindOf("the news agency")).toBe("media");
    expect(kindOf("the report")).toBe("document");
    expect(kindOf("the reports")).toBe("document");
    expect(kindOf("the statement")).toBe("document");
  });

  it("capitalised heads: publication, organisation head, agency; role heads and determiners; connectors inside a name", () => {
    expect(kindOf("the Daily")).toBe("publication");
    expect(kindOf("the Foreign Ministry")).toBe("organization");
    expect(kindOf("Xinhua news agency")).toBe("agency");
    expect(back("officials")).toEqual({ kind: "role", name: "officials" });
    expect(kindOf("an official")).toBe("role");
    expect(back("Defense Minister Li Shangfu")).toEqual({ kind: "person", name: "Li Shangfu" });
    expect(back("Senator Mitch McConnell of Kentucky")).toEqual({ kind: "person", name: "Mitch McConnell" });
    expect(back("the president of Russia")).toBeNull();
  });
});
