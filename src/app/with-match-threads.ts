import type { Worker } from "node:worker_threads";
import type { Matcher } from "../match/matcher.ts";
import { createParallelMatcher, type ParallelMatcherOptions } from "./create-parallel-matcher.ts";
import { startMatchWorker } from "./start-match-worker.ts";

/**
 * Runs `run` with the in-memory backend whose candidate search and verification are shared out
 * among this thread and `threads - 1` worker threads (createParallelMatcher), then stops the
 * workers: for a match other than matchMentionsInParallel (the incremental match).
 */
export async function withMatchThreads<T>(threads: number, run: (matcher: Matcher) => T | Promise<T>, options: ParallelMatcherOptions = {}): Promise<T> {
  const workers: Worker[] = [];
  for (let t = 1; t < Math.max(1, Math.floor(threads)); t++) workers.push(startMatchWorker());
  try {
    return await run(createParallelMatcher(workers, options));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
