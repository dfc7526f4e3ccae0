import { describe, expect, it } from "vitest";
import { pairQuoteMarks } from "../../src/extract/pair-quote-marks.ts";
import { splitSentences } from "../../src/extract/split-sentences.ts";
import type { Paragraph } from "../../src/extract/types.ts";

function sentences(text: string): string[] {
  const paragraphs: Paragraph[] = [{ start: 0, end: text.length, region: "body", regionIndex: 0 }];
  const spans = pairQuoteMarks(text, paragraphs, { maxMessages: 10 }).spans;
  return splitSentences(text, paragraphs, spans).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("issue 12: a quote ending in ? ! or . keeps a short attribution after it ('“...?” Obama said.')", () => {
    expect(sentences("“What have you been debating, John? A coin?” Oban said. The House voted on Tuesday.")).toEqual([
      "“What have you been debating, John? A coin?” Oban said.",
      "The House voted on Tuesday.",
    ]);
    expect(sentences("“Why can't he run his race?” Akin continued on Tuesday. He left.")).toHaveLength(2);
    // a new sentence that only starts with a name and a verb is still a new sentence
    expect(sentences("“We will win.” Smith said the party would campaign in every state.")).toHaveLength(2);
  });

  it("'Sens.' does not end a sentence", () => {
    expect(sentences("Dror told Sens. Dick Marlow and Diane Ferris that he regrets it. He left.")).toHaveLength(2);
  });
});
