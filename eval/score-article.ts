import type { ExtractionResult } from "../src/model/quote.ts";
import { classifyCue, type CueClass } from "./classify-cue.ts";
import { groupPredictions } from "./group-predictions.ts";
import { hullSpan } from "./hull-span.ts";
import { matchGreedy } from "./match-greedy.ts";
import { measureOverlap } from "./measure-overlap.ts";
import { normaliseWire } from "./normalise-wire.ts";
import type { PolnearDoc, PredictedAttribution, Span } from "./types.ts";

export interface GoldOutcome {
  id: string;
  cue: CueClass;
  cueText: string | null;
  /** content span, a discontinuous span counted first start to last end; null = no content */
  content: Span | null;
  source: Span | null;
  /** per threshold (same order as ArticleScore.thresholds): index of the matched prediction */
  matched: (number | null)[];
  /** per threshold: did the matched prediction's speaker or source span overlap the gold Source
   *  (null when unmatched or the gold has no Source) */
  sourceHit: (boolean | null)[];
  /** best overlap with any prediction, matched or not (for error analysis) */
  bestOverlap: number;
}

export interface PredOutcome extends PredictedAttribution {
  /** per threshold: index of the matched gold attribution */
  matched: (number | null)[];
  bestOverlap: number;
}

export interface ScoreArticleOptions {
  /** score quotes that share a cue as ONE predicted attribution (default false here; the command
   *  and runExtractEval turn it on, `--no-group` turns it off) */
  group?: boolean;
}

export interface ArticleScore {
  docId: string;
  thresholds: number[];
  gold: GoldOutcome[];
  preds: PredOutcome[];
  /** normalised gold wire (null = none) */
  goldWire: string | null;
  /** normalised name of the first credit of kind "wire" in text order (null = none) */
  predictedWire: string | null;
}

/**
 * Scores one article's predictions against its gold attributions under the protocol of the eval
 * README: one greedy one-to-one matching per threshold between the predictions and ALL gold
 * attributions that have a content span (beliefs too, so precision credits them); recall later
 * counts only the gold attributions whose cue is speech (see classify-cue.ts).
 */
export function scoreArticle(doc: PolnearDoc, result: ExtractionResult, thresholds: readonly number[], options: ScoreArticleOptions = {}): ArticleScore {
  // quotes sharing a cue are one attribution relation (group-predictions.ts); off with group: false
  const preds: PredictedAttribution[] = groupPredictions(result.quotes, { group: options.group ?? false });
  const goldContent = doc.attributions.map((a) => (a.content ? hullSpan(a.content.spans) : null));
  const predContent = preds.map((p) => p.content);
  const gold: GoldOutcome[] = doc.attributions.map((a, gi) => {
    const content = goldContent[gi] ?? null;
    let bestOverlap = 0;
    if (content) for (const p of predContent) bestOverlap = Math.max(bestOverlap, measureOverlap(content, p));
    return {
      id: a.id,
      cue: classifyCue(a.cue ? a.cue.text : null),
      cueText: a.cue ? a.cue.text : null,
      content,
      source: a.source ? hullSpan(a.source.spans) : null,
      matched: [],
      sourceHit: [],
      bestOverlap,
    };
  });
  const predOutcomes: PredOutcome[] = preds.map((p) => {
    let bestOverlap = 0;
    for (const g of goldContent) if (g) bestOverlap = Math.max(bestOverlap, measureOverlap(g, p.content));
    return { ...p, matched: [], bestOverlap };
  });
  for (const threshold of thresholds) {
    const goldMatch = new Map<number, number>();
    const predMatch = new Map<number, number>();
    for (const m of matchGreedy(goldContent, predContent, threshold)) {
      goldMatch.set(m.gold, m.pred);
      predMatch.set(m.pred, m.gold);
    }
    gold.forEach((g, gi) => {
      const pi = goldMatch.get(gi);
      g.matched.push(pi ?? null);
      const pred = pi === undefined ? undefined : preds[pi];
      if (pred === undefined || g.source === null) g.sourceHit.push(null);
      else g.sourceHit.push(touches(pred.speaker, g.source) || touches(pred.source, g.source));
    });
    predOutcomes.forEach((p, pi) => p.matched.push(predMatch.get(pi) ?? null));
  }
  const firstWire = result.credits
    .filter((c) => c.kind === "wire")
    .sort((x, y) => x.start - y.start || x.end - y.end || x.name.localeCompare(y.name))[0];
  return {
    docId: doc.docId,
    thresholds: [...thresholds],
    gold,
    preds: predOutcomes,
    goldWire: normaliseWire(doc.wire),
    predictedWire: normaliseWire(firstWire ? firstWire.name : null),
  };
}

/** Do the two spans share at least one character? */
function touches(a: Span | null, b: Span): boolean {
  return a !== null && Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
}
