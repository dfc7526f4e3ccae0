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

  it("gives exactly matchMentions' result with the candidate search and verification shared out among threads", async () => {
    const { mentions } = generateNoisyMentionCorpus({ size: 6000, seed: 23 });
    const single = matchMentions(mentions);
    const searches: { keys: number; chunks: number; byWorkers: number }[] = [];
    // small chunks: each thread takes many, in an order that varies from run to run
    const parallel = await matchMentionsInParallel(mentions, { threads: 3, batchMembers: 500, search: { chunkKeys: 16, minKeys: 0, onSearch: (s) => searches.push(s) } });
    expect(searches).toHaveLength(1);
    expect(searches[0]?.chunks).toBeGreaterThan(100);
    // how many chunks the workers take depends on timing (under load this thread may take them
    // all before a worker starts: "byWorkers > 0" failed once that way, session 22), so that the
    // workers' path is always tested, a second run leaves every chunk to them
    expect(parallel).toEqual(single);
    const workersOnly = await matchMentionsInParallel(mentions, { threads: 3, batchMembers: 500, search: { chunkKeys: 16, minKeys: 0, workersOnly: true, onSearch: (s) => searches.push(s) } });
    expect(searches[1]?.byWorkers).toBe(searches[1]?.chunks);
    expect(workersOnly).toEqual(single);
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
