import { measureOverlap } from "./measure-overlap.ts";
import type { Span } from "./types.ts";

export interface SpanMatch {
  gold: number;
  pred: number;
  overlap: number;
}

/**
 * Greedy one-to-one matching, best overlap first: every (gold, prediction) pair with
 * overlap >= threshold, taken in descending overlap, kept when neither side is used yet.
 * Ties break on gold index, then prediction index, so the result is deterministic.
 * Null gold spans (no content) never match. Returns matches in the order they were taken.
 */
export function matchGreedy(gold: readonly (Span | null)[], pred: readonly Span[], threshold: number): SpanMatch[] {
  const pairs: SpanMatch[] = [];
  // Sort predictions by start so each gold span scans only the predictions that can touch it.
  const byStart = pred.map((span, index) => ({ span, index })).sort((x, y) => x.span[0] - y.span[0] || x.index - y.index);
  gold.forEach((g, gi) => {
    if (g === null) return;
    for (const { span, index } of byStart) {
      if (span[0] >= g[1]) break;
      const overlap = measureOverlap(g, span);
      if (overlap > 0 && overlap >= threshold) pairs.push({ gold: gi, pred: index, overlap });
    }
  });
  pairs.sort((x, y) => y.overlap - x.overlap || x.gold - y.gold || x.pred - y.pred);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const taken: SpanMatch[] = [];
  for (const pair of pairs) {
    if (goldUsed.has(pair.gold) || predUsed.has(pair.pred)) continue;
    goldUsed.add(pair.gold);
    predUsed.add(pair.pred);
    taken.push(pair);
  }
  return taken;
}
