import { describe, expect, it } from "vitest";
import { articleKey, type EvalMention } from "../../eval/match-types.ts";
import { namesLabelledSpeaker } from "../../eval/names-labelled-speaker.ts";
import { scoreSpeakers } from "../../eval/score-speakers.ts";

describe("namesLabelledSpeaker (BASIL: a shared word, and the label's last word when it has several)", () => {
  it("accepts the surname alone or the full name either way round", () => {
    expect(namesLabelledSpeaker("Donald Trump", "Trump")).toBe(true);
    expect(namesLabelledSpeaker("Trump", "Donald Trump")).toBe(true);
    expect(namesLabelledSpeaker("Michael Steele", "michael steele")).toBe(true);
  });
  it("rejects a shared given name without the label's last word, and no speaker", () => {
    expect(namesLabelledSpeaker("Jack Lew", "Jack Kingston")).toBe(false);
    expect(namesLabelledSpeaker("State Department officials", "State Department")).toBe(false);
    expect(namesLabelledSpeaker("Trump", null)).toBe(false);
    expect(namesLabelledSpeaker("Trump", "Obama")).toBe(false);
  });
  it("is the protocol's word test, not identity: another person of the same family name passes", () => {
    // the BASIL README's rule, kept as written so the figure is comparable with the kept-back half
    expect(namesLabelledSpeaker("Donald Trump", "Ivanka Trump")).toBe(true);
  });
  it("ignores surrounding punctuation and a possessive", () => {
    expect(namesLabelledSpeaker("Obama", "Obama's")).toBe(true);
    expect(namesLabelledSpeaker("Sen. John McCain", "(McCain)")).toBe(true);
  });
});

describe("scoreSpeakers", () => {
  const m = (id: string, start: number, end: number, speaker: string | null): EvalMention => ({
    id, start, end, text: id, kind: "direct", rule: "fixture", speaker, speakerMention: null, familyId: null, link: null,
  });
  const view = { mentionsByArticle: new Map([[articleKey("t", "fox"), [m("a", 0, 10, "Donald Trump"), m("b", 20, 30, "Jack Kingston"), m("c", 40, 50, null)]]]), families: new Map() };
  const label = (start: number, end: number, speaker: string) => ({ triplet: "t", source: "fox", start, end, text: "", speaker });
  it("scores found spans only: right, wrong, no speaker; a span without a mention is not found", () => {
    const score = scoreSpeakers([label(0, 10, "Trump"), label(20, 30, "Jack Lew"), label(40, 50, "Obama"), label(60, 70, "Obama")], view);
    expect(score.labelled).toBe(4);
    expect(score.found).toBe(3);
    expect(score.right).toBe(1);
    expect(score.noSpeaker).toBe(1);
    expect(score.accuracy).toBeCloseTo(1 / 3);
    expect(score.byLabel).toEqual({ person: { found: 3, right: 1 }, group: { found: 0, right: 0 } });
    expect(score.items.map((i) => i.right)).toEqual([true, false, false, false]);
  });
});
