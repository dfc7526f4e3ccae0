import { describe, expect, it } from "vitest";
import { toMatchWords } from "../../src/match/to-match-words.ts";
import { normaliseTypography } from "../../src/text/normalise-typography.ts";
import { toUsSpelling } from "../../src/text/to-us-spelling.ts";
import { tokenizeQuote } from "../../src/text/tokenize-quote.ts";

describe("normaliseTypography", () => {
  it("folds quotes, dashes, ellipsis and spaces", () => {
    expect(normaliseTypography("  “It’s” — fine…\u00a0 now ")).toBe(`"It's" - fine... now`);
  });
});

describe("toUsSpelling", () => {
  it.each([
    ["organisation", "organization"], ["organisation's", "organization's"], ["defence", "defense"], ["colour", "color"],
    ["favourite", "favorite"], ["centre", "center"], ["centred", "centered"], ["travelled", "traveled"], ["analyse", "analyze"],
    ["modernisation", "modernization"], ["programme", "program"],
  ])("%s -> %s", (uk, us) => expect(toUsSpelling(uk)).toBe(us));
  it.each(["our", "four", "your", "hour", "prise", "rise", "exercise", "advise", "surprise"])("leaves %s alone", (w) => expect(toUsSpelling(w)).toBe(w));
});

describe("tokenizeQuote / toMatchWords", () => {
  it("sets brackets aside, folds case and spelling, flags truncation", () => {
    expect(toMatchWords("Arms control and non-proliferation [of nuclear weapons] in the Organisation…")).toEqual({
      words: ["arms", "control", "and", "nonproliferation", "in", "the", "organization"], truncated: true,
    });
    expect(toMatchWords("within... the SCO").truncated).toBe(false);
  });
  it("keeps offsets into the original text", () => {
    const text = "“We will,” he said [sic] . . . 1,000";
    for (const t of tokenizeQuote(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(tokenizeQuote(text).map((t) => t.kind)).toEqual(["punct", "word", "word", "punct", "punct", "word", "word", "bracket", "ellipsis", "word"]);
  });
  it("marks sentence-initial words", () => {
    expect(tokenizeQuote("Drills start. Troops move").filter((t) => t.sentenceInitial).map((t) => t.raw)).toEqual(["Drills", "Troops"]);
  });
  it("stays linear on adversarial input (unclosed brackets, dot runs, quote marks)", () => {
    const nasty = "[".repeat(100_000) + ". .".repeat(50_000) + "“".repeat(100_000) + "a-".repeat(50_000);
    const t0 = performance.now();
    tokenizeQuote(nasty);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
