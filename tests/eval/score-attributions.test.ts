import { describe, expect, it } from "vitest";
import { collectErrors } from "../../eval/collect-errors.ts";
import { readPolnear } from "../../eval/read-polnear.ts";
import { runExtractEval } from "../../eval/run-extract-eval.ts";
import { scoreArticle } from "../../eval/score-article.ts";
import { summariseScores } from "../../eval/summarise-scores.ts";
import type { ExtractedQuote, ExtractionResult } from "../../src/model/quote.ts";
import type { PolnearDoc, QuotePredictor } from "../../eval/types.ts";

const TEXT = `Smith said the plan works. Jones thinks it fails. "It is done," Lee told CNN. Polls show a lead.`;
const at = (s: string): [number, number] => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(s);
  return [i, i + s.length];
};
const part = (s: string) => ({ spans: [at(s)], text: s });

const DOC: PolnearDoc = {
  docId: "doc-1",
  annotator: "a",
  publisher: "p",
  wire: "reuters",
  text: TEXT,
  attributions: [
    { id: "E1", source: part("Smith"), cue: part("said"), content: part("the plan works") },
    { id: "E2", source: part("Jones"), cue: part("thinks"), content: part("it fails") },
    // discontinuous: the quote pieces around the cue, scored from first start to last end
    { id: "E3", source: part("Lee"), cue: part("told"), content: { spans: [at(`"It is done,"`)], text: "" } },
    { id: "E4", source: part("Polls"), cue: part("show"), content: part("a lead") },
  ],
};

function quote(text: string, extra: Partial<ExtractedQuote> = {}): ExtractedQuote {
  const [start, end] = at(text);
  return {
    id: `q-${start}`, text, start, end, kind: "indirect", speaker: null, cue: null, source: null,
    repeatOf: null, confidence: 1, rule: "test", ...extra,
  };
}
const result = (quotes: ExtractedQuote[], credits: ExtractionResult["credits"] = []): ExtractionResult => ({ credits, quotes, messages: [] });

describe("scoreArticle + summariseScores", () => {
  it("recall counts only speech cues, precision credits belief matches too", () => {
    const preds = [
      quote("the plan works", { speaker: { name: "Smith", mention: "Smith", start: 0, end: 5 } }),
      quote("it fails"), // matches the belief E2: correct for precision, not in recall
      quote("Polls show"), // matches nothing
    ];
    const score = scoreArticle(DOC, result(preds), [0.3, 0.8]);
    const s = summariseScores([score], [0.3, 0.8]);
    const t = s.byThreshold[0]!;
    expect(t.speechGold).toBe(2); // E1 said, E3 told
    expect(t.speechFound).toBe(1);
    expect(t.recall).toBe(0.5);
    expect(t.correct).toBe(2);
    expect(t.predicted).toBe(3);
    expect(t.precision).toBeCloseTo(2 / 3);
    expect(t.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    expect(t.sourceEligible).toBe(1);
    expect(t.sourceHit).toBe(1);
    expect(s.byCueGroup.said).toEqual({ gold: 1, found: [1, 1] });
    expect(s.byCueGroup.told).toEqual({ gold: 1, found: [0, 0] });
    expect(s.byKind.indirect).toEqual({ predicted: 3, correct: [2, 2] });
  });

  it("separates the thresholds: a loose boundary counts at 0.3 but not at 0.8", () => {
    // gold E3 content is `"It is done,"` (13 chars) ; predict `It is done` (10 chars) -> 10/13 = 0.77
    const s = summariseScores([scoreArticle(DOC, result([quote("It is done", { kind: "direct" })]), [0.3, 0.8])], [0.3, 0.8]);
    expect(s.byThreshold[0]!.speechFound).toBe(1);
    expect(s.byThreshold[1]!.speechFound).toBe(0);
    expect(s.byCueGroup.told).toEqual({ gold: 1, found: [1, 0] });
  });

  it("source accuracy: the credited-source span counts as well as the speaker span; a wrong span does not", () => {
    const lee = at("Lee");
    const cnn = at("told CNN");
    const viaSource = quote("It is done", { source: { name: "CNN", mention: "told CNN", start: cnn[0], end: cnn[1], scope: "sentence" } });
    const viaSpeaker = quote("It is done", { speaker: { name: "Lee", mention: "Lee", start: lee[0], end: lee[1] } });
    const wrong = quote("It is done", { speaker: { name: "Smith", mention: "Smith", start: 0, end: 5 } });
    // "told CNN" does not touch "Lee": the gold Source here is Lee, so only the speaker span hits
    expect(summariseScores([scoreArticle(DOC, result([viaSource]), [0.3])], [0.3]).byThreshold[0]!.sourceHit).toBe(0);
    expect(summariseScores([scoreArticle(DOC, result([viaSpeaker]), [0.3])], [0.3]).byThreshold[0]!.sourceHit).toBe(1);
    const s = summariseScores([scoreArticle(DOC, result([wrong]), [0.3])], [0.3]).byThreshold[0]!;
    expect([s.sourceHit, s.sourceEligible]).toEqual([0, 1]);
    // a source span that does overlap the gold Source is a hit
    const doc2: PolnearDoc = { ...DOC, attributions: [{ ...DOC.attributions[2]!, source: part("CNN") }] };
    expect(summariseScores([scoreArticle(doc2, result([viaSource]), [0.3])], [0.3]).byThreshold[0]!.sourceHit).toBe(1);
  });

  it("scores a discontinuous gold content by its hull", () => {
    const doc: PolnearDoc = {
      ...DOC,
      attributions: [{ id: "E9", source: part("Lee"), cue: part("told"), content: { spans: [at("It is"), at("CNN")], text: "" } }],
    };
    // the hull runs from "It is" to "CNN"; a prediction of the whole stretch matches it fully
    const [s, e] = [at("It is")[0], at("CNN")[1]];
    const stretch: ExtractedQuote = { ...quote("It is"), end: e, text: TEXT.slice(s, e) };
    const score = scoreArticle(doc, result([stretch]), [0.8]);
    expect(score.gold[0]!.content).toEqual([s, e]);
    expect(score.gold[0]!.bestOverlap).toBe(1);
    expect(score.gold[0]!.matched).toEqual([0]);
  });

  it("wire: first wire credit, case-insensitive, NA/None mean no wire", () => {
    const credit = (name: string, kind: "wire" | "credit-line", start: number) => ({ name, mention: name, kind, start, end: start + 1 });
    expect(scoreArticle(DOC, result([], [credit("Reuters", "wire", 5)]), [0.3]).predictedWire).toBe("REUTERS");
    expect(scoreArticle(DOC, result([]), [0.3]).goldWire).toBe("REUTERS");
    const s = summariseScores([
      scoreArticle(DOC, result([], [credit("Reuters", "wire", 5)]), [0.3]),
      scoreArticle({ ...DOC, docId: "d2", wire: "NA" }, result([]), [0.3]),
      scoreArticle({ ...DOC, docId: "d3", wire: "None" }, result([], [credit("The Hill", "credit-line", 0)]), [0.3]),
      scoreArticle({ ...DOC, docId: "d4", wire: "AP" }, result([], [credit("Associated Press", "wire", 0)]), [0.3]),
      scoreArticle({ ...DOC, docId: "d5", wire: "UPI" }, result([]), [0.3]),
    ], [0.3]);
    expect(s.wire).toMatchObject({ articles: 5, correct: 4, goldWithWire: 3, wireFound: 2, predictedWithWire: 2, confusions: { "UPI -> none": 1 } });
  });
});

describe("readPolnear", () => {
  const line = (docId: string, annotator: string) => JSON.stringify({
    doc_id: docId, annotator, compartment: "dev", publisher: "p", publication_date: "2016-01-01", author: "x", title: "t",
    wire: "None", credit: "None", text: "abc", attributions: [{ id: "E1", source: null, cue: { spans: [[0, 1]], text: "a" }, content: null }],
  });
  it("keeps the first line of each doc_id and honours --limit", () => {
    const docs = readPolnear([line("a", "first"), line("a", "second"), line("b", "x"), ""].join("\n"));
    expect(docs.map((d) => [d.docId, d.annotator])).toEqual([["a", "first"], ["b", "x"]]);
    expect(readPolnear([line("a", "1"), line("b", "1")].join("\n"), { limit: 1 })).toHaveLength(1);
  });
  it("names the malformed line", () => {
    expect(() => readPolnear(`${line("a", "1")}\n{"doc_id": 3}`, { label: "x.jsonl" })).toThrow(/x\.jsonl line 2/);
  });
});

describe("runExtractEval + collectErrors with a stand-in predictor", () => {
  it("calls the predictor with the protocol's input, flags contract violations, groups errors", () => {
    const seen: unknown[] = [];
    const predictor: QuotePredictor = (input) => {
      seen.push({ ...input, text: input.text.length });
      return result([quote("the plan works"), { ...quote("Polls show"), text: "wrong" }]);
    };
    let clock = 0;
    const report = runExtractEval([DOC], predictor, { now: () => (clock += 5) });
    expect(seen).toEqual([{ text: TEXT.length, regions: [], dateline: null, mined: true, language: "en" }]);
    expect(report.speed.ms).toBe(5);
    expect(report.contractViolations).toEqual([{ docId: "doc-1", quoteId: `q-${at("Polls show")[0]}`, problem: "text !== input.slice(start, end)" }]);
    const errors = collectErrors(report.items, { samples: 5 });
    expect(errors.misses.map((g) => [g.construction, g.count])).toEqual([["told · direct · cue after", 1]]);
    expect(errors.falsePositives.map((g) => [g.construction, g.count, g.failures])).toEqual([["indirect · test", 1, { "nothing overlaps": 1 }]]);
    expect(errors.falsePositives[0]!.samples[0]!.context).toContain("⟦Polls show⟧");
  });
});

describe("runExtractEval when the predictor throws", () => {
  it("scores that article as empty, reports it, and goes on", () => {
    const report = runExtractEval([DOC, { ...DOC, docId: "doc-2" }], (input) => {
      if (input.text === TEXT && seenOnce.length === 0) {
        seenOnce.push(1);
        throw new Error("boom");
      }
      return result([quote("the plan works")]);
    }, { now: () => 0 });
    expect(report.contractViolations).toEqual([{ docId: "doc-1", quoteId: "-", problem: "extractQuotes threw: boom" }]);
    expect(report.summary.byThreshold[0]!.speechFound).toBe(1);
  });
});
const seenOnce: number[] = [];
