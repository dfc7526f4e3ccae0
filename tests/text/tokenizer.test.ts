import { describe, expect, it } from "vitest";
import { quoteTokenizer } from "../../src/text/tokenize-quote.ts";
import { searchTokenizer } from "../../src/text/tokenize-search-words.ts";
import { wordTokenizer } from "../../src/text/tokenize-words.ts";

const text = "“The Organisation’s U.S.-backed plan [sic]…” — AT&T, 1,000 jobs";

describe("the tokenizer family: one base, named variants", () => {
  it("each variant keys the same words its own way", () => {
    expect(wordTokenizer.words(text)).toEqual(["the", "organisation's", "u.s.", "backed", "plan", "sic", "at&t", "1", "000", "jobs"]);
    expect(quoteTokenizer.words(text)).toEqual(["the", "organization's", "u", "s", "backed", "plan", "at", "t", "1000", "jobs"]);
    expect(searchTokenizer.words(text)).toEqual(["the", "organisation", "s", "u", "s", "backed", "plan", "sic", "at", "t", "1", "000", "jobs"]);
    expect([wordTokenizer.name, quoteTokenizer.name, searchTokenizer.name]).toEqual(["word", "quote", "search"]);
  });

  it("a range is tokenized with offsets into the whole text and appended to `out`", () => {
    const start = text.indexOf("plan");
    const out = wordTokenizer.tokenize(text, 0, 4);
    wordTokenizer.tokenize(text, start, text.length, out);
    expect(out[0]?.text).toBe("“");
    expect(out.find((t) => t.text === "plan")?.start).toBe(start);
    const quoted = quoteTokenizer.tokenize(text, start, text.length, []);
    for (const t of quoted) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(quoted.map((t) => t.kind).slice(0, 3)).toEqual(["word", "bracket", "ellipsis"]);
    expect(searchTokenizer.tokenize(text, start, start + 4, ["x"])).toEqual(["x", "plan"]);
  });

  // extraction reads every token with one shape (word, punctuation and its quote token alike: see
  // frameTokens in src/extract/extract-quotes.ts); a second key order would make its hot loops polymorphic
  it("word and punctuation tokens have one shape, bits -1 for a word until a reader caches them, 0 for punctuation", () => {
    const tokens = wordTokenizer.tokenize(text, 0, text.length, []);
    const shapes = new Set(tokens.map((t) => Object.keys(t).join(",")));
    expect([...shapes]).toEqual(["text,lower,start,end,cap,word,bits"]);
    expect(tokens.filter((t) => t.word).every((t) => t.bits === -1)).toBe(true);
    expect(tokens.filter((t) => !t.word).every((t) => t.bits === 0)).toBe(true);
  });
});
