import { describe, expect, it } from "vitest";
import { containmentDistance } from "../../src/match/containment-distance.ts";
import { diceSimilarity } from "../../src/match/dice-similarity.ts";
import { normaliseTypography } from "../../src/match/normalise-typography.ts";
import { toMatchWords } from "../../src/match/to-match-words.ts";
import { toUsSpelling } from "../../src/match/to-us-spelling.ts";
import { tokenizeQuote } from "../../src/match/tokenize-quote.ts";
import { wordEditDistance } from "../../src/match/word-edit-distance.ts";

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

describe("wordEditDistance / containmentDistance", () => {
  it("counts word edits within the band and stops beyond it", () => {
    expect(wordEditDistance(["a", "b", "c", "d"], ["a", "x", "c", "d"], 2)).toBe(1);
    expect(wordEditDistance(["a", "b", "c", "d"], ["a", "c", "d"], 2)).toBe(1);
    expect(wordEditDistance(["a", "b", "c", "d"], ["w", "x", "y", "z"], 2)).toBe(3);
    expect(wordEditDistance([], ["a"], 1)).toBe(1);
  });
  it("finds a sub-span with its place", () => {
    expect(containmentDistance(["c", "d", "e"], ["a", "b", "c", "d", "e", "f"], 0)).toEqual({ distance: 0, start: 2, end: 5 });
    expect(containmentDistance(["c", "x", "e"], ["a", "b", "c", "d", "e", "f"], 1)).toEqual({ distance: 1, start: 2, end: 5 });
    expect(containmentDistance(["q", "r", "s"], ["a", "b", "c"], 1)).toBeNull();
  });
});

describe("diceSimilarity", () => {
  it("is string-similarity's Dice", () => {
    expect(diceSimilarity("wider space", "wider space")).toBe(1);
    expect(diceSimilarity("wider space", "larger space")).toBeGreaterThan(0.5);
    expect(diceSimilarity("abc", "xyz")).toBe(0);
  });
});
