import { describe, expect, it } from "vitest";
import { matchMentions } from "../../src/match/match-mentions.ts";
import { matchMentionsInParallel } from "../../src/app/match-mentions-in-parallel.ts";
import { generateNoisyMentionCorpus } from "../../bench/generate-noisy-mention-corpus.ts";
import { seedMentions } from "../match/seed-mentions.ts";

describe("matchMentionsInParallel", () => {
  it("gives exactly matchMentions' result on a noisy generated corpus, families built on a worker thread too", async () => {
    const { mentions } = generateNoisyMentionCorpus({ size: 4000, seed: 11 });
    const single = matchMentions(mentions);
    // small batches: this thread and the worker each build many of them, in an order that varies
    const parallel = await matchMentionsInParallel(mentions, { threads: 2, batchMembers: 150 });
    expect(parallel.families.length).toBe(single.families.length);
    expect(parallel).toEqual(single);
  });

  it("equals matchMentions on the seeds, with three threads", async () => {
    expect(await matchMentionsInParallel(seedMentions(), { threads: 3, batchMembers: 2 })).toEqual(matchMentions(seedMentions()));
  });

  it("builds on this thread alone with a custom editThreshold (a function cannot reach a worker) and still equals matchMentions", async () => {
    const { mentions } = generateNoisyMentionCorpus({ size: 1500, seed: 5 });
    const editThreshold = (words: number): number => (words < 6 ? 0 : 1);
    expect(await matchMentionsInParallel(mentions, { threads: 2, batchMembers: 100, editThreshold })).toEqual(matchMentions(mentions, { editThreshold }));
  });
});
