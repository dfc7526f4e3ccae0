import type { MatchKey } from "./build-key-table.ts";
import { containmentDistance } from "./containment-distance.ts";
import { isWithinWindow } from "./is-within-window.ts";
import type { Evidence } from "./matcher.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { wordEditDistance } from "./word-edit-distance.ts";

/**
 * Whether two wordings are one statement: speakers agree or one is unknown; dates within the
 * window; then either word edit distance within `editThreshold` (same-length wordings) or
 * approximate containment of the shorter (at least `minContainedWords` words) in the longer
 * (teasers, sub-spans, pieces of a split quote).
 */
export function verifyPair(a: MatchKey, b: MatchKey, options: ResolvedMatchOptions): Evidence | null {
  if (a.speaker >= 0 && b.speaker >= 0 && a.speaker !== b.speaker) return null;
  if (!isWithinWindow(a, b, options.windowDays)) return null;
  const la = a.words.length;
  const lb = b.words.length;
  const threshold = options.editThreshold(Math.max(la, lb));
  if (Math.abs(la - lb) <= threshold) {
    const distance = wordEditDistance(a.words, b.words, threshold);
    return distance <= threshold ? { kind: "full", distance } : null;
  }
  const [short, long] = la < lb ? [a, b] : [b, a];
  const ls = short.words.length;
  if (ls < options.minContainedWords) return null;
  const c = containmentDistance(short.words, long.words, ls < 8 ? 0 : ls < 15 ? 1 : 2);
  if (c === null) return null;
  return { kind: "contained", shorter: la < lb ? "a" : "b", distance: c.distance, start: c.start, end: c.end };
}
