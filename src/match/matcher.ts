import type { MatchKey } from "./build-key-table.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";

/**
 * The matching seam. A backend finds which wordings are worth comparing (`index`, then
 * `candidates`, never all pairs) and says whether two wordings are one statement (`verify`); the
 * clustering (clusterKeys) turns the verified pairs into families under the speaker rule and the
 * constraints. A backend sees keys (distinct wordings, see MatchKey), not mentions.
 *
 * Today's backend is in `in-memory/` (an inverted index of word bigrams); a database-backed
 * candidate index is another folder next to it implementing this interface.
 */
export interface Matcher<Index = unknown> {
  /** name shown in benchmarks and messages */
  readonly name: string;
  /**
   * The candidate index of one run over all its keys. `incremental`: only keys marked `fresh`
   * are queried (see candidates).
   */
  index(keys: readonly MatchKey[], options: ResolvedMatchOptions, incremental: boolean): Index;
  /**
   * Appends to `out` the keys worth verifying against key `key` (never `key` itself). Each pair of
   * queried keys is offered once: from the lower index when both are queried.
   */
  candidates(key: number, index: Index, out: number[]): void;
  /** The evidence that two wordings are one statement, or null when they are not. */
  verify(a: MatchKey, b: MatchKey, options: ResolvedMatchOptions): Evidence | null;
  /**
   * Optional: every verified pair of the run at once, exactly what findVerifiedPairs gives over
   * all keys with `index`, `candidates` and `verify` (the same pairs in the same order), found some
   * other way (matchMentionsInParallel shares the keys out among threads). Without it the
   * clustering runs findVerifiedPairs itself.
   */
  verifyAll?(keys: readonly MatchKey[], options: ResolvedMatchOptions, incremental: boolean): VerifiedPairs;
}

/**
 * Every verified pair of a run (see findVerifiedPairs), in the order found: `full`, (a, b,
 * distance) triples with a < b; `contained`, (shorter, longer, distance, start, end) 5-tuples;
 * `overlap`, (a, b, shared run length) triples with a < b.
 */
export interface VerifiedPairs {
  full: Int32Array;
  contained: Int32Array;
  overlap: Int32Array;
}

/**
 * Why two wordings are one statement: `full`, about the same length within `distance` word edits;
 * `contained`, the shorter one (`shorter`: "a" or "b") found inside the longer one at words
 * [start, end) with `distance` edits; `overlap`, two excerpts of one remark that share a run of
 * `length` consecutive words (at aStart in a, bStart in b), neither containing the other.
 */
export type Evidence =
  | { kind: "full"; distance: number }
  | { kind: "contained"; shorter: "a" | "b"; distance: number; start: number; end: number }
  | { kind: "overlap"; aStart: number; bStart: number; length: number };

/** Two mention ids. */
export type MentionPair = readonly [string, string];

/**
 * Decisions from outside the text (a human correction, later other evidence), between mention
 * ids. Both are honoured by the clustering over every rule: a `mustLink` pair always ends in one
 * family (applied first, no check, so it wins over a conflicting `cannotLink`); a `cannotLink`
 * pair never does, not even through other members (no union that would join their families
 * happens). Ids not among the mentions are ignored.
 */
export interface MatchConstraints {
  mustLink?: readonly MentionPair[];
  cannotLink?: readonly MentionPair[];
}
