import { measureOverlap } from "./measure-overlap.ts";
import type { Span } from "./types.ts";

/** a hand-labelled quote span of one article (`article` is any key naming the article) */
export interface LabelledSpan {
  article: string;
  start: number;
  end: number;
}

/** the extracted quote of the span's article that overlaps it most (null when none overlaps) */
export interface SpanCoverage {
  span: LabelledSpan;
  best: { index: number; overlap: number } | null;
  found: boolean;
}

export interface SpanCoverageReport {
  /** one entry per distinct labelled span (same article, start and end), in first-seen order */
  spans: SpanCoverage[];
  found: number;
  /** found / spans (0 when there are none) */
  share: number;
}

/**
 * Step 2 of the BASIL protocol without a database: each labelled span takes the extracted quote of
 * its article with the largest overlap (|intersection| / |longer span|, measure-overlap.ts); it is
 * found when that overlap is >= `threshold` (the protocol's 0.3). Spans are counted once however
 * many pairs name them. `quotes` maps an article key to its extracted quote spans; an article
 * missing from it found nothing.
 */
export function measureSpanCoverage(labelled: readonly LabelledSpan[], quotes: ReadonlyMap<string, readonly Span[]>, threshold = 0.3): SpanCoverageReport {
  const seen = new Set<string>();
  const spans: SpanCoverage[] = [];
  let found = 0;
  for (const span of labelled) {
    const key = `${span.article}\u0000${span.start}\u0000${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let best: SpanCoverage["best"] = null;
    (quotes.get(span.article) ?? []).forEach((q, index) => {
      const overlap = measureOverlap([span.start, span.end], q);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { index, overlap };
    });
    const hit = best !== null && (best as { overlap: number }).overlap >= threshold;
    if (hit) found++;
    spans.push({ span, best, found: hit });
  }
  return { spans, found, share: spans.length > 0 ? found / spans.length : 0 };
}
