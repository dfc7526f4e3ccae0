import { describe, expect, it } from "vitest";
import { classifyCue } from "../../eval/classify-cue.ts";

describe("classifyCue (the speech-cue filter of the recall denominator)", () => {
  it("counts the README's verbs and their inflections", () => {
    for (const cue of ["said", "says", "say", "saying", "told", "tells", "added", "adding", "wrote", "written", "replied", "stresses", "tweeted", "urging"]) {
      expect(classifyCue(cue).speech, cue).toBe(true);
    }
  });
  it("counts multi-word cues that contain a speech verb, case and punctuation ignored", () => {
    expect(classifyCue("has said")).toEqual({ speech: true, lemma: "say", group: "said" });
    expect(classifyCue("Said Thursday morning")).toEqual({ speech: true, lemma: "say", group: "said" });
    expect(classifyCue("said:")).toEqual({ speech: true, lemma: "say", group: "said" });
    expect(classifyCue("told reporters")).toMatchObject({ lemma: "tell", group: "told" });
    expect(classifyCue("reported")).toMatchObject({ lemma: "report", group: "reported" });
  });
  it("counts 'according to' and 'pointed out' only as word pairs", () => {
    expect(classifyCue("According to")).toEqual({ speech: true, lemma: "according to", group: "according to" });
    expect(classifyCue("pointed out")).toEqual({ speech: true, lemma: "point out", group: "other speech" });
    expect(classifyCue("according").speech).toBe(false);
    expect(classifyCue("pointed to").speech).toBe(false);
    expect(classifyCue("out").speech).toBe(false);
  });
  it("does not count belief verbs, verbs the README does not list, punctuation cues or a missing cue", () => {
    for (const cue of ["thinks", "believes", "called", "acknowledged", "found", "shows", "―", ":", "saids", "sayings", ""]) {
      expect(classifyCue(cue).speech, cue).toBe(false);
    }
    expect(classifyCue(null)).toEqual({ speech: false, lemma: null, group: "not speech" });
  });
});
