import type { Matcher } from "../matcher.ts";
import { verifyPair } from "../verify-pair.ts";
import { buildBigramIndex, type BigramIndex } from "./build-bigram-index.ts";
import { findBigramCandidates } from "./find-bigram-candidates.ts";

/**
 * Today's backend: every key of the run in memory, candidates from an inverted index of word
 * bigrams (blocking, never all pairs), verification by verifyPair.
 */
export function createInMemoryMatcher(): Matcher<BigramIndex> {
  return {
    name: "in-memory",
    index: buildBigramIndex,
    candidates: findBigramCandidates,
    verify: verifyPair,
  };
}
