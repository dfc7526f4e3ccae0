import { describe, expect, it } from "vitest";
import { collectErrors } from "../../eval/collect-errors.ts";
import { formatEvalReport } from "../../eval/format-eval-report.ts";
import { runExtractEval } from "../../eval/run-extract-eval.ts";
import type { PolnearDoc } from "../../eval/types.ts";

const TEXT = `Ann said the vote is close. "We won," Bob told Fox.`;
const span = (s: string): [number, number] => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
const DOC: PolnearDoc = {
  docId: "d", annotator: "a", publisher: "p", wire: "AP", text: TEXT,
  attributions: [
    { id: "E1", source: { spans: [span("Ann")], text: "Ann" }, cue: { spans: [span("said")], text: "said" }, content: { spans: [span("the vote is close")], text: "" } },
    { id: "E2", source: { spans: [span("Bob")], text: "Bob" }, cue: { spans: [span("told")], text: "told" }, content: { spans: [span(`"We won,"`)], text: "" } },
  ],
};

describe("formatEvalReport", () => {
  it("prints P/R/F1 at both thresholds, source accuracy, per-cue recall, kinds, wire, speed and errors", () => {
    const [s, e] = span("the vote is close");
    let t = 0;
    const report = runExtractEval([DOC], () => ({
      credits: [],
      quotes: [{ id: "q1", text: TEXT.slice(s, e), start: s, end: e, kind: "indirect", speaker: { name: "Ann", mention: "Ann", start: 0, end: 3 }, cue: null, source: null, repeatOf: null, confidence: 1, rule: "r" }],
      messages: [],
    }), { now: () => (t += 1000) });
    const out = formatEvalReport(report, "data.jsonl", collectErrors(report.items, { samples: 2 }));
    expect(out).toMatch(/>= 0\.3\s+100\.0\s+50\.0\s+66\.7\s+100\.0 \(1\/1\)/);
    expect(out).toMatch(/>= 0\.8\s+100\.0\s+50\.0/);
    expect(out).toMatch(/said\s+1\s+100\.0\s+100\.0/);
    expect(out).toMatch(/told\s+1\s+0\.0\s+0\.0/);
    expect(out).toMatch(/indirect\s+1\s+100\.0/);
    expect(out).toContain("wire detection: accuracy   0.0% (0/1); gold wires 1, found 0");
    expect(out).toContain("AP -> none ×1");
    expect(out).toMatch(/speed: 0\.00 MB\/s wall/);
    expect(out).toContain("told · direct · cue after");
    expect(out).toContain(`⟦"We won,"⟧`);
  });
});
