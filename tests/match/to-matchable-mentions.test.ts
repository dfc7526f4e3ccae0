import { describe, expect, it } from "vitest";
import { toMatchableMentions } from "../../src/match/to-matchable-mentions.ts";
import type { Corpus } from "../../src/model/corpus.ts";

describe("toMatchableMentions", () => {
  it("takes the event date over the page date, the outlet name, credit names and repeatOf", () => {
    const corpus: Corpus = {
      articles: [
        { id: "a1", versionId: "v1", file: "001.txt", url: null, title: null, outlet: { name: "Persian News", domain: null, kind: "blog", country: null },
          publishedAt: "2023-09-25", eventDate: "2023-08-15", language: "en", text: "",
          credits: [{ name: "TASS", mention: "Original News:", kind: "original-link", start: 0, end: 1 }] },
        { id: "a2", versionId: "v2", file: "x.txt", url: null, title: null, outlet: null, publishedAt: "2023-08-16", eventDate: null, language: "en", text: "", credits: [] },
      ],
      mentions: [
        { id: "m1", articleId: "a1", localId: "q1", text: "We work with Russia", start: 0, end: 1, kind: "direct",
          speaker: { name: "Kazem Jalali", mention: "he", start: 0, end: 1 }, cue: null,
          source: { name: "Sputnik", mention: "told Sputnik", start: 0, end: 1, scope: "sentence" }, repeatOf: null, confidence: 1, rule: "r" },
        { id: "m2", articleId: "a2", localId: "q1", text: "We work", start: 0, end: 1, kind: "partial", speaker: null, cue: null, source: null, repeatOf: "m1", confidence: 1, rule: "r" },
        { id: "m3", articleId: "missing", localId: "q1", text: "x", start: 0, end: 1, kind: "direct", speaker: null, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r" },
      ],
    };
    expect(toMatchableMentions(corpus)).toEqual([
      { id: "m1", articleId: "a1", outlet: "Persian News", date: "2023-08-15", pageDate: "2023-09-25", text: "We work with Russia", kind: "direct", speaker: "Kazem Jalali", speakerType: null, speakerMention: "he", source: "Sputnik", articleCredits: ["TASS"], repeatOf: null },
      { id: "m2", articleId: "a2", outlet: null, date: "2023-08-16", pageDate: "2023-08-16", text: "We work", kind: "partial", speaker: null, speakerType: null, speakerMention: null, source: null, articleCredits: [], repeatOf: "m1" },
    ]);
  });

  it("regression (BASIL, a host's name for a candidate's words): a floating quote's speaker is not written at the quote, so it names no one there", () => {
    const corpus: Corpus = {
      articles: [{ id: "a1", versionId: "v1", file: "1.txt", url: null, title: null, outlet: null, publishedAt: "2011-04-07", eventDate: null, language: "en", text: "", credits: [] }],
      mentions: [
        { id: "m1", articleId: "a1", localId: "q1", text: "I have people studying it", start: 0, end: 1, kind: "direct",
          speaker: { name: "Dana Host", mention: "host Dana Host", start: 0, end: 1 }, cue: null, source: null, repeatOf: null, confidence: 0.55, rule: "direct.floating" },
        { id: "m2", articleId: "a1", localId: "q2", text: "We will see", start: 0, end: 1, kind: "direct",
          speaker: { name: "Dana Host", mention: "host Dana Host", start: 0, end: 1 }, cue: null, source: null, repeatOf: null, confidence: 0.8, rule: "direct.trailing-cue" },
      ],
    };
    expect(toMatchableMentions(corpus).map((m) => m.speakerMention)).toEqual(["", "host Dana Host"]);
  });
});
