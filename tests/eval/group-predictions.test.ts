import { describe, expect, it } from "vitest";
import { groupPredictions } from "../../eval/group-predictions.ts";
import { scoreArticle } from "../../eval/score-article.ts";
import { summariseScores } from "../../eval/summarise-scores.ts";
import type { PolnearDoc } from "../../eval/types.ts";
import type { ExtractedQuote } from "../../src/model/quote.ts";

const TEXT = `“We will stay,” Tom Hardy said, “and we will build the new port.” “It is late.” Ann Lee said the talks failed.`;
const at = (s: string): [number, number] => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(s);
  return [i, i + s.length];
};
const said1 = { text: "said", start: at("said,")[0], end: at("said,")[0] + 4 };
const said2 = { text: "said", start: at("said the")[0], end: at("said the")[0] + 4 };

function quote(text: string, extra: Partial<ExtractedQuote> = {}): ExtractedQuote {
  const [start, end] = at(text);
  return { id: `q-${start}`, text, start, end, kind: "direct", speaker: null, cue: null, source: null, repeatOf: null, confidence: 1, rule: "test", ...extra };
}

const hardy = { name: "Tom Hardy", mention: "Tom Hardy", start: at("Tom Hardy")[0], end: at("Tom Hardy")[1] };
const quotes: ExtractedQuote[] = [
  quote("We will stay", { cue: said1, speaker: hardy, rule: "direct.trailing-cue" }),
  quote("and we will build the new port", { cue: said1, speaker: hardy, rule: "direct.leading-cue" }),
  quote("It is late", { rule: "direct.floating" }),
  quote("the talks failed", { kind: "indirect", cue: said2, rule: "indirect.leading-cue" }),
];

describe("groupPredictions", () => {
  it("quotes sharing a cue span become one attribution spanning first start to last end", () => {
    const preds = groupPredictions(quotes);
    expect(preds).toHaveLength(3);
    expect(preds[0]).toMatchObject({ index: 0, content: [at("We will stay")[0], at("and we will build the new port")[1]], rule: "direct.trailing-cue+grouped", speaker: [hardy.start, hardy.end] });
    // a floating quote (no cue) stays separate, even right after the split quote
    expect(preds[1]).toMatchObject({ index: 2, content: at("It is late"), rule: "direct.floating" });
    expect(preds[2]).toMatchObject({ index: 3, content: at("the talks failed"), rule: "indirect.leading-cue" });
  });

  it("different cue spans with the same text are not grouped", () => {
    const preds = groupPredictions([quotes[0] as ExtractedQuote, quotes[3] as ExtractedQuote]);
    expect(preds.map((p) => p.content)).toEqual([at("We will stay"), at("the talks failed")]);
  });

  it("group: false keeps one attribution per quote (the --no-group measure)", () => {
    const preds = groupPredictions(quotes, { group: false });
    expect(preds.map((p) => p.content)).toEqual(quotes.map((q) => [q.start, q.end]));
  });

  it("scoring: a split quote matches its one discontinuous gold relation once, with no false positive", () => {
    const doc: PolnearDoc = {
      docId: "d", annotator: "a", publisher: "p", wire: "None", text: TEXT,
      attributions: [{ id: "E1", source: { spans: [at("Tom Hardy")], text: "Tom Hardy" }, cue: { spans: [[said1.start, said1.end]], text: "said" },
        content: { spans: [at("“We will stay,”"), at("“and we will build the new port.”")], text: "" } }],
    };
    const result = { credits: [], quotes: quotes.slice(0, 2), messages: [] };
    const grouped = summariseScores([scoreArticle(doc, result, [0.3], { group: true })], [0.3]).byThreshold[0];
    const single = summariseScores([scoreArticle(doc, result, [0.3], { group: false })], [0.3]).byThreshold[0];
    expect(grouped).toMatchObject({ predicted: 1, correct: 1, speechFound: 1 });
    expect(single).toMatchObject({ predicted: 2, correct: 1, speechFound: 1 });
  });
});
