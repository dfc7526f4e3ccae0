import type { Span } from "./types.ts";

/**
 * The protocol's overlap of two spans: |intersection| / |longer span| (0 when either is empty or
 * they are disjoint). Symmetric; 1 only for identical spans.
 */
export function measureOverlap(a: Span, b: Span): number {
  const lengthA = a[1] - a[0];
  const lengthB = b[1] - b[0];
  const longer = Math.max(lengthA, lengthB);
  if (lengthA <= 0 || lengthB <= 0) return 0;
  const intersection = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return intersection > 0 ? intersection / longer : 0;
}
