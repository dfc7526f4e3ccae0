import { describe, expect, it } from "vitest";
import { classifyWrongMerge } from "../../eval/classify-wrong-merge.ts";
import { findSpanMention } from "../../eval/find-span-mention.ts";
import { articleKey, type BasilPair, type EvalMention, type StoredMatchView } from "../../eval/match-types.ts";
import { scoreMatchPairs } from "../../eval/score-match-pairs.ts";

const mention = (id: string, start: number, end: number, familyId: string | null, extra: Partial<EvalMention> = {}): EvalMention => ({
  id, start, end, text: extra.text ?? `text of ${id}`, kind: "direct", rule: "fixture", speaker: extra.speaker ?? "Ann Lee", speakerMention: null, familyId, link: extra.link ?? "canonical", ...extra,
});

function view(byArticle: Record<string, EvalMention[]>): StoredMatchView {
  return { mentionsByArticle: new Map(Object.entries(byArticle)), families: new Map() };
}

const pair = (label: BasilPair["label"], drift: BasilPair["drift"], a: [string, number, number], b: [string, number, number]): BasilPair => ({
  triplet: "t1", label, drift, note: "",
  a: { triplet: "t1", source: a[0], start: a[1], end: a[2] },
  b: { triplet: "t1", source: b[0], start: b[1], end: b[2] },
});

describe("findSpanMention (protocol step 2)", () => {
  const v = view({ [articleKey("t1", "fox")]: [mention("m1", 0, 10, "f1"), mention("m2", 8, 40, "f2"), mention("m3", 100, 200, "f3")] });
  it("takes the mention with the largest |intersection| / |longer span|", () => {
    // [5, 40): m1 overlaps 5/35, m2 overlaps 32/35
    expect(findSpanMention({ triplet: "t1", source: "fox", start: 5, end: 40 }, v)?.id).toBe("m2");
  });
  it("counts a span whose best overlap is below 0.3 as not extracted, 0.3 itself as found", () => {
    expect(findSpanMention({ triplet: "t1", source: "fox", start: 100, end: 129 }, v)).toBeNull(); // 29/100
    expect(findSpanMention({ triplet: "t1", source: "fox", start: 100, end: 130 }, v)?.id).toBe("m3"); // 30/100
  });
  it("looks only in the span's own article", () => {
    expect(findSpanMention({ triplet: "t1", source: "nyt", start: 0, end: 10 }, v)).toBeNull();
    expect(findSpanMention({ triplet: "t2", source: "fox", start: 0, end: 10 }, v)).toBeNull();
  });
});

describe("scoreMatchPairs (protocol steps 3-4)", () => {
  const v = view({
    [articleKey("t1", "fox")]: [mention("a1", 0, 50, "F"), mention("a2", 60, 100, "G"), mention("a3", 200, 260, "H", { speaker: null })],
    [articleKey("t1", "nyt")]: [mention("b1", 0, 50, "F"), mention("b2", 60, 100, "F", { link: "partial" }), mention("b3", 200, 260, "K", { speaker: "Bo Ray" })],
  });
  const pairs = [
    pair("same", "identical", ["fox", 0, 50], ["nyt", 0, 50]), // matched
    pair("same", "partial", ["fox", 60, 100], ["nyt", 60, 100]), // different families, same speaker
    pair("same", "variant", ["fox", 200, 260], ["nyt", 200, 260]), // one side has no speaker
    pair("same", "typography", ["fox", 300, 350], ["nyt", 0, 50]), // fox span not extracted
    pair("different", null, ["fox", 0, 50], ["nyt", 60, 100]), // a1 and b2 share family F: wrong merge
    pair("different", null, ["fox", 60, 100], ["nyt", 200, 260]), // correctly apart
    pair("unsure", null, ["fox", 0, 50], ["nyt", 0, 50]), // not scored even though predicted same
  ];
  const score = scoreMatchPairs(pairs, v);

  it("scores precision over pairs with both spans extracted and recall end to end", () => {
    expect(score.pairs).toEqual({ same: 4, different: 2, unsure: 1 });
    expect(score.bothExtracted).toEqual({ same: 3, different: 2 });
    expect(score.truePositives).toBe(1);
    expect(score.falsePositives).toBe(1);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(0.25);
    expect(score.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });
  it("gives recall per drift class, with how many had both spans extracted", () => {
    const byDrift = Object.fromEntries(score.byDrift.map((d) => [d.drift, [d.matched, d.bothExtracted, d.total]]));
    expect(byDrift).toEqual({ identical: [1, 1, 1], partial: [0, 1, 1], variant: [0, 1, 1], typography: [0, 0, 1] });
  });
  it("lists wrong merges with their family and route, and says why each same pair was missed", () => {
    expect(score.wrongMerges.map((w) => [w.a.id, w.b.id, w.familyId, w.through])).toEqual([["a1", "b2", "F", "fragment"]]);
    expect(score.missed.map((m) => m.reason)).toEqual(["same-speaker", "speaker-missing", "not-extracted"]);
    expect(score.missReasons).toEqual({ "not-extracted": 1, "speakers-differ": 0, "speaker-missing": 1, "same-speaker": 1 });
  });
  it("says when the labels force a wrong merge: each side labelled same as one third span (a passage and two of its sentences)", () => {
    const v3 = view({
      [articleKey("t1", "fox")]: [mention("s1", 0, 20, "P", { link: "partial" })],
      [articleKey("t1", "hpo")]: [mention("whole", 0, 90, "P")],
      [articleKey("t1", "nyt")]: [mention("s2", 0, 30, "P", { link: "partial" }), mention("s3", 40, 60, "P", { link: "partial" })],
    });
    const triangle = scoreMatchPairs([
      pair("same", "partial", ["fox", 0, 20], ["hpo", 0, 90]),
      pair("same", "partial", ["nyt", 0, 30], ["hpo", 0, 90]),
      pair("different", null, ["fox", 0, 20], ["nyt", 0, 30]), // forced: both same as hpo
      pair("different", null, ["fox", 0, 20], ["nyt", 40, 60]), // not forced
    ], v3);
    expect(triangle.wrongMerges.map((w) => [w.b.id, w.forcedByLabels])).toEqual([["s2", true], ["s3", false]]);
  });
  it("counts distinct labelled spans (unsure pairs included) and those not extracted", () => {
    expect(score.spans).toEqual({ labelled: 7, notExtracted: 1, share: 1 / 7 });
  });
  it("reports no precision when nothing is predicted same, and F1 0", () => {
    const none = scoreMatchPairs([pair("same", "identical", ["fox", 60, 100], ["nyt", 200, 260])], v);
    expect(none.precision).toBeNull();
    expect(none.f1).toBe(0);
    expect(none.recall).toBe(0);
  });
  it("never predicts same for two mentions that are in no family", () => {
    const loose = view({ [articleKey("t1", "fox")]: [mention("x", 0, 10, null)], [articleKey("t1", "nyt")]: [mention("y", 0, 10, null)] });
    expect(scoreMatchPairs([pair("same", "identical", ["fox", 0, 10], ["nyt", 0, 10])], loose).truePositives).toBe(0);
  });
});

describe("classifyWrongMerge", () => {
  it("names a title-cased short mention a title (the book-title merge of issue 11)", () => {
    expect(classifyWrongMerge(mention("t", 0, 1, "F", { text: "From Hope to Higher Ground" }), mention("q", 0, 1, "F", { text: "we went from hope to higher ground, and back" }))).toBe("title");
  });
  it("names a partial link or a much shorter side a fragment, two full quotes text", () => {
    const long = mention("l", 0, 1, "F", { text: "one two three four five six seven eight" });
    expect(classifyWrongMerge(long, mention("s", 0, 1, "F", { text: "three four five", link: "variant" }))).toBe("fragment");
    expect(classifyWrongMerge(long, mention("p", 0, 1, "F", { text: "one two three four five six seven", link: "partial" }))).toBe("fragment");
    expect(classifyWrongMerge(long, mention("v", 0, 1, "F", { text: "one two three four five six seven nine", link: "variant" }))).toBe("text");
  });
});
