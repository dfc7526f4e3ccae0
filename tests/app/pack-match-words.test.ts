import { describe, expect, it } from "vitest";
import { packMatchWords } from "../../src/app/pack-match-words.ts";
import { unpackMatchWords } from "../../src/app/unpack-match-words.ts";
import { toMatchWords } from "../../src/match/to-match-words.ts";

// sentences written for this test
const TEXTS = [
  "We will secure the border, and we will secure it within a year.",
  "...secure the border within a year",
  "",
  "Conservation & healthy herds matter to the F.B.I. [and to us]",
  "We will see...",
];

describe("packMatchWords / unpackMatchWords (the match words a worker thread sends back)", () => {
  it("give back exactly toMatchWords of each text, ellipses (truncated) and empty texts included", () => {
    const intern = new Map<string, string>();
    expect(unpackMatchWords(packMatchWords(TEXTS), intern)).toEqual(TEXTS.map(toMatchWords));
  });

  it("send each distinct word of a batch once, and intern the words of several batches in one table", () => {
    const first = packMatchWords(TEXTS.slice(0, 2));
    expect(first.vocab).toEqual([...new Set(TEXTS.slice(0, 2).flatMap((t) => toMatchWords(t).words))]);
    const intern = new Map<string, string>();
    unpackMatchWords(first, intern);
    unpackMatchWords(packMatchWords(TEXTS.slice(1)), intern);
    expect([...intern.keys()].sort()).toEqual([...new Set(TEXTS.flatMap((t) => toMatchWords(t).words))].sort());
  });
});
