import { describe, expect, it } from "vitest";
import { generateNoisyMentionCorpus } from "../../../bench/generate-noisy-mention-corpus.ts";
import type { MatchKey } from "../../../src/match/build-key-table.ts";
import { matchIncremental } from "../../../src/match/match-incremental.ts";
import { matchMentions } from "../../../src/match/match-mentions.ts";
import type { Matcher } from "../../../src/match/matcher.ts";
import { verifyPair } from "../../../src/match/verify-pair.ts";

/** The reference backend: every pair of keys of two words or more is verified (no blocking). */
const allPairs: Matcher<{ keys: readonly MatchKey[]; incremental: boolean }> = {
  name: "all pairs",
  index: (keys, _options, incremental) => ({ keys, incremental }),
  candidates: (i, { keys, incremental }, out) => {
    const queried = (k: MatchKey): boolean => k.words.length >= 2 && (!incremental || k.fresh);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (j === i || k === undefined || k.words.length < 2 || (j < i && queried(k))) continue;
      out.push(j);
    }
  },
  verify: verifyPair,
};

describe("findBigramCandidates (the in-memory backend's candidate search)", () => {
  // the bigram filter may only drop pairs verifyPair rejects: with no boilerplate bigram (a small
  // corpus), blocking must give exactly the families of verifying every pair
  it("gives the families of verifying every pair, on noisy corpora (rebuild)", () => {
    for (const seed of [5, 11]) {
      const { mentions } = generateNoisyMentionCorpus({ size: 1500, seed });
      expect(matchMentions(mentions)).toEqual(matchMentions(mentions, { matcher: allPairs }));
    }
  });

  it("and in an incremental run (only pairs with a fresh side are offered)", () => {
    const { mentions } = generateNoisyMentionCorpus({ size: 1200, seed: 17 });
    const sorted = [...mentions].sort((a, b) => a.articleId.localeCompare(b.articleId));
    const first = sorted.slice(0, 800);
    const previous = matchMentions(first);
    expect(matchIncremental(previous, sorted)).toEqual(matchIncremental(previous, sorted, { matcher: allPairs }));
  });
});
