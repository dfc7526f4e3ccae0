import type { MatchKey } from "./build-key-table.ts";
import type { Matcher, VerifiedPairs } from "./matcher.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";

/**
 * The verified pairs of the queried keys `from` .. `to` - 1, key by key in index order: the
 * backend's candidates of each (skipped: fewer than two words, or not fresh in an incremental
 * run), then its verification. The pairs of a run are this over all keys; the same over
 * consecutive ranges, concatenated in range order, gives exactly the same arrays (what the
 * threads of matchMentionsInParallel do).
 */
export function findVerifiedPairs<Index>(keys: readonly MatchKey[], matcher: Matcher<Index>, index: Index, options: ResolvedMatchOptions, incremental: boolean, from: number, to: number): VerifiedPairs {
  const full: number[] = [];
  const overlap: number[] = [];
  const contained: number[] = [];
  const candidates: number[] = [];
  for (let i = from; i < to; i++) {
    const ki = keys[i];
    if (ki === undefined || ki.words.length < 2 || (incremental && !ki.fresh)) continue;
    candidates.length = 0;
    matcher.candidates(i, index, candidates);
    for (const j of candidates) {
      const kj = keys[j];
      if (kj === undefined) continue;
      const evidence = matcher.verify(ki, kj, options);
      if (evidence === null) continue;
      if (evidence.kind === "full") full.push(Math.min(i, j), Math.max(i, j), evidence.distance);
      else if (evidence.kind === "overlap") overlap.push(Math.min(i, j), Math.max(i, j), evidence.length);
      else if (evidence.shorter === "a") contained.push(i, j, evidence.distance, evidence.start, evidence.end);
      else contained.push(j, i, evidence.distance, evidence.start, evidence.end);
    }
  }
  return { full: Int32Array.from(full), contained: Int32Array.from(contained), overlap: Int32Array.from(overlap) };
}
