import { describe, expect, it } from "vitest";
import { formatSpeakerReport } from "../../eval/format-speaker-report.ts";
import { readSpeakerLabels } from "../../eval/read-speaker-labels.ts";
import { runExtractEval } from "../../eval/run-extract-eval.ts";
import { scoreResolvedSpeakers } from "../../eval/score-resolved-speakers.ts";
import type { ExtractedQuote } from "../../src/model/quote.ts";
import type { PolnearDoc } from "../../eval/types.ts";

const TEXT = `Hillary Clinton spoke. Bill Clinton said the plan works. Later she said it fails. The union said no.`;
const at = (s: string, from = 0): [number, number] => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(s);
  return [i, i + s.length];
};
const part = (s: string) => ({ spans: [at(s)], text: s });
const DOC: PolnearDoc = {
  docId: "d", annotator: "a", publisher: "p", wire: "None", text: TEXT,
  attributions: [
    { id: "E1", source: part("Bill Clinton"), cue: part("said the"), content: part("the plan works") },
    { id: "E2", source: part("she"), cue: part("said it"), content: part("it fails") },
    { id: "E3", source: part("The union"), cue: part("said no"), content: part("no.") },
  ],
};
const label = (attribution: string, speaker: string, kind: string, type = "person"): string =>
  JSON.stringify({ doc: "d", attribution, content: [0, 1], source: [0, 1], speaker, type, kind });

function quote(text: string, name: string | null, mention: string): ExtractedQuote {
  const [start, end] = at(text);
  const [ms, me] = at(mention);
  return {
    id: `q-${start}`, text, start, end, kind: "indirect", cue: null, source: null, repeatOf: null, confidence: 1, rule: "test",
    speaker: name === null ? null : { name, mention, start: ms, end: me, type: "person" },
  };
}

describe("scoreResolvedSpeakers", () => {
  const report = runExtractEval([DOC], () => ({
    credits: [], messages: [],
    // "she" resolved to the wrong Clinton; the union's quote not found
    quotes: [quote("the plan works", "Bill Clinton", "Bill Clinton"), quote("it fails", "Bill Clinton", "she")],
  }), { now: () => 0 });
  const labels = readSpeakerLabels([
    label("E1", "Bill Clinton", "fullname"), label("E2", "Hillary Clinton", "pronoun"),
    label("E3", "Association of Flight Attendants", "role", "organization"), label("E9", "Nobody", "other"),
  ].join("\n"));

  it("counts found labels, right ones by the BASIL naming rule, and a different given name as wrong, by kind", () => {
    const score = scoreResolvedSpeakers(report.items, labels);
    expect({ labelled: score.labelled, found: score.found, right: score.right, unknown: score.unknown }).toEqual({ labelled: 3, found: 2, right: 1, unknown: 1 });
    expect(score.byKind.pronoun).toEqual({ labelled: 1, found: 1, right: 0, accuracy: 0 });
    expect(score.byKind.fullname.accuracy).toBe(1);
    expect(score.byKind.role).toMatchObject({ labelled: 1, found: 0 });
    const text = formatSpeakerReport(score, "labels.jsonl", 5);
    expect(text).toMatch(/pronoun\s+1\s+1\s+0\s+0\.0/);
    expect(text).toContain(`"Hillary Clinton" <- "she" = "Bill Clinton"`);
  });

  it("rejects a malformed label line, naming it", () => {
    expect(() => readSpeakerLabels(`${label("E1", "X", "fullname")}\n{"doc": "d"}`)).toThrow(/line 2/);
    expect(() => readSpeakerLabels(label("E1", "X", "nickname"))).toThrow(/line 1/);
  });
});
