import type { Span } from "./types.ts";

/**
 * The protocol's rule for a discontinuous gold span: it counts from its first start to its last
 * end (pieces need not be sorted). Null for no pieces.
 */
export function hullSpan(pieces: readonly Span[]): Span | null {
  if (pieces.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const [s, e] of pieces) {
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return [start, end];
}
