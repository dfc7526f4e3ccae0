import { receiveMessageOnPort, MessageChannel, type Worker } from "node:worker_threads";
import type { MatchKey } from "../match/build-key-table.ts";
import { findVerifiedPairs } from "../match/find-verified-pairs.ts";
import type { Matcher, VerifiedPairs } from "../match/matcher.ts";
import { resolveMatchOptions, type ResolvedMatchOptions } from "../match/resolve-match-options.ts";
import { buildBigramIndex, type BigramIndex } from "../match/in-memory/build-bigram-index.ts";
import { createInMemoryMatcher } from "../match/in-memory/create-in-memory-matcher.ts";
import { shareMatchKeys } from "./share-match-keys.ts";

export interface ParallelMatcherOptions {
  /** keys per chunk of the candidate search that a thread takes at a time; default 2,048 */
  chunkKeys?: number;
  /** fewer keys than this are searched on this thread alone; default 5,000 */
  minKeys?: number;
  /** true: this thread takes no chunk, the workers do them all (tests: the workers' path whatever the timing) */
  workersOnly?: boolean;
  /** told after each search: its chunks, and how many of them the worker threads did */
  onSearch?: (stats: { keys: number; chunks: number; byWorkers: number }) => void;
}

/** A chunk of the candidate search done by a worker thread (build-families-worker.ts), or the error that stopped it. */
export interface PairsAnswer {
  chunk: number;
  pairs?: VerifiedPairs;
  error?: string;
}

/**
 * The in-memory backend (bigram index, verifyPair) whose `verifyAll` shares the candidate search
 * and verification out among this thread and `workers` (started by the caller, running
 * build-families-worker.ts): the bigram index is built here once and, with the keys' words,
 * persons, dates and flags (shareMatchKeys), handed over in SharedArrayBuffers, not copied; the
 * keys are cut into chunks of `chunkKeys` that each thread takes in turn through a shared counter
 * (Atomics), and the chunks' pairs are put together in chunk order, which is exactly
 * findVerifiedPairs over all keys (see there). This thread waits for the workers synchronously
 * (Atomics.wait, receiveMessageOnPort): the clustering that calls verifyAll is a pure, synchronous
 * stage. A chunk a worker failed on is done again here. A custom `editThreshold` (a function
 * cannot reach a thread) or few keys: all on this thread.
 */
export function createParallelMatcher(workers: readonly Worker[], options: ParallelMatcherOptions = {}): Matcher<BigramIndex> {
  const base = createInMemoryMatcher();
  const chunkKeys = Math.max(1, options.chunkKeys ?? 2048);
  const minKeys = options.minKeys ?? 5000;
  const defaultThreshold = resolveMatchOptions().editThreshold;
  return {
    ...base,
    name: "in-memory, parallel",
    verifyAll(keys: readonly MatchKey[], resolved: ResolvedMatchOptions, incremental: boolean): VerifiedPairs {
      const alone = workers.length === 0 || keys.length < minKeys || resolved.editThreshold !== defaultThreshold;
      // built in shared memory when threads will read it
      const index = buildBigramIndex(keys, resolved, incremental, !alone);
      if (alone) {
        return findVerifiedPairs(keys, base, index, resolved, incremental, 0, keys.length);
      }
      const { pairs, chunks, byWorkers } = searchInParallel(workers, keys, index, resolved, incremental, chunkKeys, options.workersOnly === true);
      options.onSearch?.({ keys: keys.length, chunks, byWorkers });
      return pairs;
    },
  };
}

function searchInParallel(workers: readonly Worker[], keys: readonly MatchKey[], index: BigramIndex, resolved: ResolvedMatchOptions, incremental: boolean, chunkKeys: number, workersOnly: boolean): { pairs: VerifiedPairs; chunks: number; byWorkers: number } {
  const base = createInMemoryMatcher();
  // the index's arrays in shared memory (built there: then nothing is copied)
  index.queried = share(index.queried);
  index.wordCount = share(index.wordCount);
  index.keyGramStart = share(index.keyGramStart);
  index.grams = share(index.grams);
  index.postStart = share(index.postStart);
  index.postings = share(index.postings);
  const chunks = Math.ceil(keys.length / chunkKeys);
  /** [next chunk to take, chunks done by workers] */
  const counter = new Int32Array(new SharedArrayBuffer(8));
  const sharedKeys = shareMatchKeys(keys);
  const { matcher: _matcher, constraints: _constraints, editThreshold: _threshold, storyMentions: _story, ...numeric } = resolved;
  const ports = workers.map((worker) => {
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({
      kind: "pairs", keys: sharedKeys, options: numeric, incremental, counter, chunks, chunkKeys, port: port2,
      index: { allQueried: index.allQueried, queried: index.queried, wordCount: index.wordCount, keyGramStart: index.keyGramStart, grams: index.grams, postStart: index.postStart, postings: index.postings },
    }, [port2]);
    return port1;
  });
  const results = new Array<VerifiedPairs | undefined>(chunks);
  const run = (c: number): VerifiedPairs => findVerifiedPairs(keys, base, index, resolved, incremental, c * chunkKeys, Math.min(keys.length, (c + 1) * chunkKeys));
  let mine = 0;
  for (let c = workersOnly ? chunks : Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
    results[c] = run(c);
    mine++;
  }
  // wait for the chunks the workers took, reading their answers as they come
  let received = 0;
  let byWorkers = 0;
  const read = (): void => {
    for (const port of ports) {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const answer = m.message as PairsAnswer;
        results[answer.chunk] = answer.pairs ?? run(answer.chunk);
        received++;
        if (answer.pairs !== undefined) byWorkers++;
      }
    }
  };
  while (mine + received < chunks) {
    const done = Atomics.load(counter, 1);
    read();
    if (mine + received >= chunks) break;
    // a worker counts a chunk done once its answer is posted: wait for the next one
    if (done === Atomics.load(counter, 1)) Atomics.wait(counter, 1, done, 1000);
  }
  for (const port of ports) port.close();
  return { pairs: concatPairs(results.map((r, c) => r ?? run(c))), chunks, byWorkers };
}

function share<T extends Int32Array | Uint8Array>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const out = (a instanceof Uint8Array ? new Uint8Array(new SharedArrayBuffer(Math.max(1, a.byteLength))) : new Int32Array(new SharedArrayBuffer(Math.max(4, a.byteLength)))) as T;
  out.set(a);
  return (out.length === a.length ? out : out.subarray(0, a.length)) as T;
}

function concatPairs(parts: readonly VerifiedPairs[]): VerifiedPairs {
  const join = (pick: (p: VerifiedPairs) => Int32Array): Int32Array => {
    let length = 0;
    for (const p of parts) length += pick(p).length;
    const out = new Int32Array(length);
    let at = 0;
    for (const p of parts) {
      out.set(pick(p), at);
      at += pick(p).length;
    }
    return out;
  };
  return { full: join((p) => p.full), contained: join((p) => p.contained), overlap: join((p) => p.overlap) };
}
