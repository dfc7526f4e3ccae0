import type { Worker } from "node:worker_threads";
import type { MatchableMention, MatchResult } from "../model/family.ts";
import { buildFamily } from "../match/build-family.ts";
import { disambiguateFamilyIds } from "../match/disambiguate-family-ids.ts";
import { groupMentions } from "../match/group-mentions.ts";
import { prepareMentionStories, type MentionStories } from "../match/prepare-mention-stories.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "../match/resolve-match-options.ts";
import type { MatchWords } from "../match/to-match-words.ts";
import { packMatchWords, type PackedMatchWords } from "./pack-match-words.ts";
import { unpackMatchWords } from "./unpack-match-words.ts";
import { startMatchWorker } from "./start-match-worker.ts";
import { createParallelMatcher, type ParallelMatcherOptions } from "./create-parallel-matcher.ts";
import { compareStrings } from "../model/compare-strings.ts";

export interface MatchMentionsInParallelOptions extends MatchMentionsOptions {
  /** threads at work, this one included; default 2 (1: no worker, as matchMentions) */
  threads?: number;
  /** mentions per batch handed to a thread; default 20,000 */
  batchMembers?: number;
  /** how the candidate search is shared out (createParallelMatcher) */
  search?: ParallelMatcherOptions;
}

/**
 * matchMentions on several threads: the mentions' match words are read, and the families built,
 * in batches of about `batchMembers` mentions that this thread and `threads - 1` worker threads
 * (node:worker_threads, build-families-worker.ts) take in turn, each batch to whichever is free;
 * while the workers read the first three quarters of the words, this thread reads the stories and story
 * speakers (prepareMentionStories, which needs no words). The clustering between runs here, but
 * for its candidate search and verification, which the threads share in chunks of keys
 * (createParallelMatcher: the index and keys in shared memory). toMatchWords and buildFamily
 * depend only on a text and on a family's members, the search's chunks are put together in key
 * order, the words are interned here as matchMentions does, and the families are ordered by id
 * at the end (disambiguateFamilyIds), so the result equals matchMentions' whatever thread did
 * what. A custom `editThreshold` (a function, which cannot be sent to a thread) builds every
 * family and searches every pair here; a custom `matcher` searches as it does. A worker is sent
 * up to three quarters of the texts at once (the words' batches), but one batch of families' members at a
 * time, so a million mentions are never copied at once.
 */
export async function matchMentionsInParallel(mentions: readonly MatchableMention[], options: MatchMentionsInParallelOptions = {}): Promise<MatchResult> {
  const batchMembers = Math.max(1, options.batchMembers ?? 20_000);
  const workers: Worker[] = [];
  for (let t = 1; t < Math.max(1, Math.floor(options.threads ?? 2)); t++) workers.push(startMatchWorker());
  // the candidate search and verification shared out too, unless the caller brings its own backend
  const resolved = resolveMatchOptions({ ...options, matcher: options.matcher ?? createParallelMatcher(workers, options.search) });
  try {
    // the match words, read in batches of mentions
    const textBatches: MatchableMention[][] = [];
    for (let i = 0; i < mentions.length; i += batchMembers) textBatches.push(mentions.slice(i, i + batchMembers));
    // the stories and story speakers need no words: read here while the workers read words (three
    // quarters of the batches sent ahead to them; all of them at once cost this thread 13 CPU s
    // more and 1.3 GB more peak RSS at 1M, in one run each)
    let prepared: MentionStories | undefined;
    const ahead = workers.length === 0 ? 1 : Math.ceil((textBatches.length * 3) / (4 * workers.length));
    const read = await runBatches(workers, [...textBatches], (list) => packMatchWords(list.map((m) => m.text)), (list, batch) => ({ kind: "words", batch, texts: list.map((m) => m.text) }), ahead, () => {
      prepared = prepareMentionStories(mentions, resolved);
    });
    // the words unpacked with one string per distinct word (interned as groupMentions would)
    const given = new Map<string, MatchWords>();
    const intern = new Map<string, string>();
    textBatches.forEach((list, b) => {
      const packed = read[b];
      if (packed === undefined) return;
      read[b] = undefined as unknown as PackedMatchWords;
      const unpacked = unpackMatchWords(packed, intern);
      list.forEach((m, k) => {
        const w = unpacked[k];
        if (w !== undefined) given.set(m.id, w);
      });
    });
    intern.clear();
    // `given` becomes `words` (toInternedMatchWords takes the map itself)
    const { groups, words } = groupMentions(mentions, resolved, given, prepared, true);
    // the stories and the copies of the mentions are the clustering's: not kept while families are built
    prepared = undefined;
    // a family of one reads no words (buildFamily): theirs go now, the others' once their batch is
    // taken, so the heap shrinks while families are built instead of holding a million word lists
    for (const group of groups) if (group.length === 1) words.delete(group[0]?.id ?? "");
    // the families, in batches of groups
    const groupBatches: MatchableMention[][][] = [];
    let current: MatchableMention[][] = [];
    let size = 0;
    for (const group of groups) {
      current.push(group);
      size += group.length;
      if (size >= batchMembers) {
        groupBatches.push(current);
        current = [];
        size = 0;
      }
    }
    if (current.length > 0) groupBatches.push(current);
    groups.length = 0;
    const custom = resolved.editThreshold !== resolveMatchOptions().editThreshold;
    // each batch's families sorted by id (here and in the workers): the final sort by id
    // (disambiguateFamilyIds) then merges a few sorted runs instead of sorting half a million ids
    const built = await runBatches(custom ? [] : workers, groupBatches, (list) => {
      const families = list.map((members) => buildFamily(members, resolved, words)).sort((a, b) => compareStrings(a.id, b.id));
      for (const group of list) for (const m of group) words.delete(m.id);
      return families;
    }, (list, batch) => {
      // the words of the members of families of two or more (see build-families-worker.ts)
      const batchWords: MatchWords[] = [];
      for (const group of list) {
        if (group.length < 2) continue;
        for (const m of group) {
          batchWords.push(words.get(m.id) ?? { words: [], truncated: false });
          words.delete(m.id);
        }
      }
      return { kind: "families", batch, minContainedWords: resolved.minContainedWords, groups: list, words: batchWords };
    }, 2);
    return { families: disambiguateFamilyIds(built.flat(), { freshIds: true }) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Each batch done here (`local`) or by a worker (sent as `message`, answered with { batch, result }),
 * whichever is free first; results in batch order. Each worker is sent `ahead` batches at once (then
 * one per answer), and this thread does `first` before it takes any: work only this thread can
 * do, while the workers have enough to do. This thread yields between its batches, so the
 * workers' answers are read (and their next batches sent) while it works. A batch is dropped
 * once taken, so its memory goes with its result.
 */
async function runBatches<T, R>(workers: readonly Worker[], batches: T[], local: (batch: T) => R, message: (batch: T, index: number) => unknown, ahead = 1, first?: () => void): Promise<R[]> {
  const results: R[] = new Array<R>(batches.length);
  let next = 0;
  const take = (): [T, number] | null => {
    if (next >= batches.length) return null;
    const index = next++;
    const batch = batches[index] as T;
    batches[index] = undefined as T;
    return [batch, index];
  };
  const done = workers.map((worker) => new Promise<void>((resolve, reject) => {
    let inFlight = 0;
    const onExit = (code: number): void => reject(new Error(`matchMentionsInParallel: a worker thread stopped (exit ${code})`));
    const send = (): boolean => {
      const taken = take();
      if (taken === null) return false;
      inFlight++;
      worker.postMessage(message(taken[0], taken[1]));
      return true;
    };
    const finish = (): void => {
      if (inFlight > 0) return;
      worker.off("message", onMessage);
      worker.off("error", reject);
      worker.off("exit", onExit);
      resolve();
    };
    const onMessage = (answer: { batch: number; result: R }): void => {
      results[answer.batch] = answer.result;
      inFlight--;
      if (!send()) finish();
    };
    worker.on("message", onMessage);
    worker.on("error", reject);
    worker.on("exit", onExit);
    for (let k = 0; k < Math.max(1, ahead); k++) if (!send()) break;
    finish();
  }));
  first?.();
  for (let taken = take(); taken !== null; taken = take()) {
    results[taken[1]] = local(taken[0]);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(done);
  return results;
}
