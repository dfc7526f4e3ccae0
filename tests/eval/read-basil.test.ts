import { describe, expect, it } from "vitest";
import { buildMatchView } from "../../eval/build-match-view.ts";
import { readBasil } from "../../eval/read-basil.ts";
import type { Corpus, CorpusMention } from "../../src/model/corpus.ts";
import type { MatchResult } from "../../src/model/family.ts";

const article = (source: string, text: string) => JSON.stringify({ triplet: "t1", event: "e", source, outlet: source, title: "T", date: "2020-01-02", url: `http://${source}.example/1`, text });
const pairLine = (label: string, drift: string | null, a: [string, number, number], b: [string, number, number]) =>
  JSON.stringify({ triplet: "t1", a: { article: "u1", outlet: a[0], start: a[1], end: a[2] }, b: { article: "u2", outlet: b[0], start: b[1], end: b[2] }, label, drift, note: "n" });

describe("readBasil", () => {
  const articles = `${article("fox", "He said \"we will win\" today.")}\n${article("nyt", "\"We will win,\" he said.")}\n`;
  it("reads articles, pairs (a side's outlet is the article's source) and speakers", () => {
    const data = readBasil({
      articles,
      pairs: `${pairLine("same", "typography", ["fox", 9, 20], ["nyt", 1, 12])}\n${pairLine("different", "identical", ["fox", 0, 2], ["nyt", 0, 2])}\n`,
      speakers: JSON.stringify({ triplet: "t1", source: "fox", start: 9, end: 20, text: "we will win", speaker: "Ann Lee" }),
    });
    expect(data.articles.map((a) => a.source)).toEqual(["fox", "nyt"]);
    expect(data.pairs[0]?.a).toEqual({ triplet: "t1", source: "fox", start: 9, end: 20 });
    expect(data.pairs[0]?.drift).toBe("typography");
    expect(data.pairs[1]?.drift).toBeNull(); // drift only counts for same pairs
    expect(data.speakers[0]?.speaker).toBe("Ann Lee");
  });
  it("refuses a span outside its article, an unknown article and a malformed line, naming the line", () => {
    expect(() => readBasil({ articles, pairs: pairLine("same", "identical", ["fox", 0, 999], ["nyt", 0, 2]), speakers: null })).toThrow(/line 1: span \[0, 999\)/);
    expect(() => readBasil({ articles, pairs: pairLine("same", "identical", ["hpo", 0, 2], ["nyt", 0, 2]), speakers: null })).toThrow(/no article \(t1, hpo\)/);
    expect(() => readBasil({ articles, pairs: `\n{"triplet": 1}`, speakers: null })).toThrow(/basil_dev_pairs.jsonl line 2/);
    expect(() => readBasil({ articles: `${articles}${article("fox", "again")}`, pairs: "", speakers: null })).toThrow(/appears twice/);
  });
});

describe("buildMatchView", () => {
  it("keys stored mentions by their BASIL article, with family, link and resolved speaker; other files are left out", () => {
    const base = { url: null, title: null, outlet: null, publishedAt: null, eventDate: null, language: "en", credits: [], text: "" };
    const corpus: Corpus = {
      articles: [{ ...base, id: "A", versionId: "A1", file: "t1-fox.json" }, { ...base, id: "B", versionId: "B1", file: "other.json" }],
      mentions: [
        { id: "m2", articleId: "A", localId: "q2", text: "late", start: 50, end: 60, kind: "direct", speaker: null, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r" },
        { id: "m1", articleId: "A", localId: "q1", text: "early", start: 5, end: 10, kind: "partial", speaker: { name: "Ann Lee", mention: "she", start: 0, end: 3 }, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r" },
        { id: "m3", articleId: "B", localId: "q1", text: "x", start: 0, end: 1, kind: "direct", speaker: null, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r" },
      ] satisfies CorpusMention[],
    };
    const match: MatchResult = {
      families: [{ id: "F", speaker: "Ann Lee", canonicalMentionId: "m1", canonicalVariantId: "v", variants: [], members: [
        { mentionId: "m1", variantId: "v", link: "canonical", fidelity: 1, similarity: 1, changes: [] },
        { mentionId: "m3", variantId: "v", link: "partial", fidelity: 1, similarity: 1, changes: [] },
      ] }],
    };
    const view = buildMatchView(corpus, match, (file) => (file === "t1-fox.json" ? "t1/fox" : null));
    expect([...view.mentionsByArticle.keys()]).toEqual(["t1/fox"]);
    const mentions = view.mentionsByArticle.get("t1/fox") ?? [];
    expect(mentions.map((m) => [m.id, m.familyId, m.link, m.speaker, m.speakerMention])).toEqual([
      ["m1", "F", "canonical", "Ann Lee", "she"],
      ["m2", null, null, null, null],
    ]);
    expect(view.families.get("F")).toEqual({ id: "F", speaker: "Ann Lee", size: 2, canonicalText: "early" });
  });
});
