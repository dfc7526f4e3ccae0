import { measureOverlap } from "./measure-overlap.ts";
import { articleKey, type BasilSpanRef, type EvalMention, type StoredMatchView } from "./match-types.ts";

/** The protocol's threshold: |intersection| / |longer span| >= 0.3. */
export const MIN_SPAN_OVERLAP = 0.3;

/**
 * Protocol step 2: the stored mention of the span's article with the largest overlap
 * (|intersection| / |longer span|, at least 0.3), or null ("not extracted"). Ties go to the
 * earlier mention (mentions are sorted by start, end), so the result is deterministic.
 */
export function findSpanMention(span: BasilSpanRef, view: StoredMatchView): EvalMention | null {
  let best: EvalMention | null = null;
  let bestOverlap = 0;
  for (const mention of view.mentionsByArticle.get(articleKey(span.triplet, span.source)) ?? []) {
    const overlap = measureOverlap([span.start, span.end], [mention.start, mention.end]);
    if (overlap >= MIN_SPAN_OVERLAP && overlap > bestOverlap) {
      best = mention;
      bestOverlap = overlap;
    }
  }
  return best;
}
