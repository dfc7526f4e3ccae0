import type { CueGroup } from "./classify-cue.ts";
import type { ArticleScore } from "./score-article.ts";

export interface ThresholdFigures {
  threshold: number;
  /** predictions matched to any gold attribution */
  correct: number;
  predicted: number;
  precision: number;
  /** gold attributions with a speech / "according to" cue */
  speechGold: number;
  speechFound: number;
  recall: number;
  f1: number;
  /** matched speech attributions that have a gold Source */
  sourceEligible: number;
  /** ... whose predicted speaker or credited-source span overlaps it */
  sourceHit: number;
  sourceAccuracy: number;
}

export interface CueFigures {
  gold: number;
  /** found per threshold, same order as EvalSummary.thresholds */
  found: number[];
}

export interface KindFigures {
  predicted: number;
  /** correct per threshold */
  correct: number[];
}

export interface WireFigures {
  articles: number;
  /** predicted wire (or its absence) equals the gold wire */
  correct: number;
  accuracy: number;
  goldWithWire: number;
  predictedWithWire: number;
  /** articles with a gold wire whose predicted wire has the same name */
  wireFound: number;
  /** "gold -> predicted" for every wrong article, e.g. "AP -> none" */
  confusions: Record<string, number>;
}

export interface EvalSummary {
  articles: number;
  goldAttributions: number;
  thresholds: number[];
  byThreshold: ThresholdFigures[];
  /** the README's groups: "according to", "said", "told", "reported", "other speech" */
  byCueGroup: Partial<Record<CueGroup, CueFigures>>;
  /** per speech lemma ("say", "tell", "according to", ...) */
  byCueLemma: Record<string, CueFigures>;
  byKind: Record<string, KindFigures>;
  wire: WireFigures;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Adds up per-article scores into the figures the eval prints. Pure. */
export function summariseScores(scores: readonly ArticleScore[], thresholds: readonly number[]): EvalSummary {
  const byThreshold = thresholds.map((threshold, ti) => {
    let correct = 0;
    let predicted = 0;
    let speechGold = 0;
    let speechFound = 0;
    let sourceEligible = 0;
    let sourceHit = 0;
    for (const s of scores) {
      predicted += s.preds.length;
      correct += s.preds.filter((p) => p.matched[ti] !== null && p.matched[ti] !== undefined).length;
      for (const g of s.gold) {
        if (!g.cue.speech) continue;
        speechGold++;
        if (g.matched[ti] === null || g.matched[ti] === undefined) continue;
        speechFound++;
        const hit = g.sourceHit[ti];
        if (hit === null || hit === undefined) continue;
        sourceEligible++;
        if (hit) sourceHit++;
      }
    }
    const precision = ratio(correct, predicted);
    const recall = ratio(speechFound, speechGold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return {
      threshold, correct, predicted, precision, speechGold, speechFound, recall, f1,
      sourceEligible, sourceHit, sourceAccuracy: ratio(sourceHit, sourceEligible),
    };
  });

  const byCueGroup: Partial<Record<CueGroup, CueFigures>> = {};
  const byCueLemma: Record<string, CueFigures> = {};
  const byKind: Record<string, KindFigures> = {};
  const bump = (table: Record<string, CueFigures>, key: string, matched: (number | null)[]): void => {
    const entry = (table[key] ??= { gold: 0, found: thresholds.map(() => 0) });
    entry.gold++;
    matched.forEach((m, ti) => {
      if (m !== null) entry.found[ti] = (entry.found[ti] ?? 0) + 1;
    });
  };
  const wire: WireFigures = {
    articles: scores.length, correct: 0, accuracy: 0, goldWithWire: 0, predictedWithWire: 0, wireFound: 0, confusions: {},
  };
  let goldAttributions = 0;
  for (const s of scores) {
    goldAttributions += s.gold.length;
    for (const g of s.gold) {
      if (!g.cue.speech) continue;
      bump(byCueGroup, g.cue.group, g.matched);
      bump(byCueLemma, g.cue.lemma ?? "?", g.matched);
    }
    for (const p of s.preds) {
      const entry = (byKind[p.kind] ??= { predicted: 0, correct: thresholds.map(() => 0) });
      entry.predicted++;
      p.matched.forEach((m, ti) => {
        if (m !== null) entry.correct[ti] = (entry.correct[ti] ?? 0) + 1;
      });
    }
    if (s.goldWire !== null) wire.goldWithWire++;
    if (s.predictedWire !== null) wire.predictedWithWire++;
    if (s.goldWire !== null && s.goldWire === s.predictedWire) wire.wireFound++;
    if (s.goldWire === s.predictedWire) wire.correct++;
    else {
      const key = `${s.goldWire ?? "none"} -> ${s.predictedWire ?? "none"}`;
      wire.confusions[key] = (wire.confusions[key] ?? 0) + 1;
    }
  }
  wire.accuracy = ratio(wire.correct, wire.articles);
  return {
    articles: scores.length, goldAttributions, thresholds: [...thresholds], byThreshold, byCueGroup, byCueLemma, byKind, wire,
  };
}
