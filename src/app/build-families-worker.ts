/**
 * The worker thread of matchMentionsInParallel. Three kinds of batch: `words`, the match words of
 * texts (toMatchWords, packed: packMatchWords); `families`, the families of groups of mentions (buildFamily, default
 * options but `minContainedWords`), each result posted back with its batch number; `pairs`, the
 * candidate search and verification of a run's keys (createParallelMatcher): chunks of keys taken
 * through a shared counter until none is left, each chunk's pairs posted on the message's port,
 * then counted done (Atomics) for the thread that waits for them. No public function: this file
 * is a thread's entry point.
 */
import { parentPort, type MessagePort } from "node:worker_threads";
import type { MatchableMention, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "../match/build-family.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "../match/resolve-match-options.ts";
import type { MatchWords } from "../match/to-match-words.ts";
import { packMatchWords } from "./pack-match-words.ts";
import { findVerifiedPairs } from "../match/find-verified-pairs.ts";
import type { BigramIndex } from "../match/in-memory/build-bigram-index.ts";
import { createInMemoryMatcher } from "../match/in-memory/create-in-memory-matcher.ts";
import type { SharedMatchKeys } from "./share-match-keys.ts";
import { readSharedMatchKeys } from "./read-shared-match-keys.ts";
import type { PairsAnswer } from "./create-parallel-matcher.ts";
import { compareStrings } from "../model/compare-strings.ts";

type Batch =
  | { kind: "words"; batch: number; texts: string[] }
  | {
    kind: "families";
    batch: number;
    minContainedWords: number;
    groups: MatchableMention[][];
    /** the match words of the members of the groups of two or more, in member order (a family of one reads none) */
    words: MatchWords[];
  }
  | {
    kind: "pairs";
    keys: SharedMatchKeys;
    /** the run's options but the functions (default editThreshold) */
    options: MatchMentionsOptions;
    incremental: boolean;
    /** [next chunk to take, chunks done by workers] */
    counter: Int32Array;
    chunks: number;
    chunkKeys: number;
    port: MessagePort;
    index: Pick<BigramIndex, "allQueried" | "queried" | "wordCount" | "keyGramStart" | "grams" | "postStart" | "postings">;
  };

const port = parentPort;
if (port !== null) {
  port.on("message", (message: Batch) => {
    if (message.kind === "words") {
      const result = packMatchWords(message.texts);
      port.postMessage({ batch: message.batch, result }, [result.start.buffer as ArrayBuffer, result.ids.buffer as ArrayBuffer, result.truncated.buffer as ArrayBuffer]);
      return;
    }
    if (message.kind === "pairs") {
      searchPairs(message);
      return;
    }
    const options = resolveMatchOptions({ minContainedWords: message.minContainedWords });
    const words = new Map<string, MatchWords>();
    let k = 0;
    for (const group of message.groups) {
      if (group.length < 2) continue;
      for (const m of group) {
        const w = message.words[k++];
        if (w !== undefined) words.set(m.id, w);
      }
    }
    // sorted by id, as matchMentionsInParallel sorts its own batches
    const families: QuoteFamily[] = message.groups.map((members) => buildFamily(members, options, words)).sort((a, b) => compareStrings(a.id, b.id));
    port.postMessage({ batch: message.batch, result: families });
  });
}

function searchPairs(message: Extract<Batch, { kind: "pairs" }>): void {
  const { counter, chunks, chunkKeys, incremental, port: answers } = message;
  const keys = readSharedMatchKeys(message.keys);
  const options = resolveMatchOptions(message.options);
  const n = keys.length;
  const index: BigramIndex = { ...message.index, keys, options, stamp: new Int32Array(n).fill(-1), count: new Int32Array(n), touched: [] };
  const matcher = createInMemoryMatcher();
  for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
    let answer: PairsAnswer;
    try {
      const pairs = findVerifiedPairs(keys, matcher, index, options, incremental, c * chunkKeys, Math.min(n, (c + 1) * chunkKeys));
      answer = { chunk: c, pairs };
    } catch (error) {
      // the waiting thread does this chunk again itself
      answer = { chunk: c, error: String(error) };
    }
    answers.postMessage(answer, answer.pairs === undefined ? [] : [answer.pairs.full.buffer as ArrayBuffer, answer.pairs.contained.buffer as ArrayBuffer, answer.pairs.overlap.buffer as ArrayBuffer]);
    Atomics.add(counter, 1, 1);
    Atomics.notify(counter, 1);
  }
}
