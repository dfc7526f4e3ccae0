import { Worker } from "node:worker_threads";
import type { MatchableMention, MatchResult, QuoteFamily } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { groupMentions } from "./group-mentions.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "./resolve-match-options.ts";
import type { MatchWords } from "./to-match-words.ts";

export interface MatchMentionsInParallelOptions extends MatchMentionsOptions {
  /** threads building families, this one included; default 2 (1: no worker, as matchMentions) */
  threads?: number;
  /** members per batch handed to a thread; default 20,000 */
  batchMembers?: number;
}

/**
 * matchMentions with the families built on several threads: the clustering runs here, then the
 * groups are cut into batches of about `batchMembers` members that this thread and `threads - 1`
 * worker threads (node:worker_threads, build-families-worker.ts) take in turn, each batch to
 * whichever is free. buildFamily depends only on a family's members, and the families are
 * ordered by id at the end (disambiguateFamilyIds), so the result equals matchMentions' whatever
 * thread built what. A custom `editThreshold` (a function, which cannot be sent to a thread)
 * builds every family here. Batches are sent one at a time per worker, so a million mentions are
 * never copied at once.
 */
export async function matchMentionsInParallel(mentions: readonly MatchableMention[], options: MatchMentionsInParallelOptions = {}): Promise<MatchResult> {
  const resolved = resolveMatchOptions(options);
  const { groups, words } = groupMentions(mentions, resolved);
  const threads = resolved.editThreshold === resolveMatchOptions().editThreshold ? Math.max(1, Math.floor(options.threads ?? 2)) : 1;
  const batchMembers = Math.max(1, options.batchMembers ?? 20_000);
  const batches: MatchableMention[][][] = [];
  let current: MatchableMention[][] = [];
  let size = 0;
  for (const group of groups) {
    current.push(group);
    size += group.length;
    if (size >= batchMembers) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  const built: QuoteFamily[][] = new Array<QuoteFamily[]>(batches.length);
  let next = 0;
  const workers: Worker[] = [];
  const send = (worker: Worker): boolean => {
    if (next >= batches.length) return false;
    const batch = next++;
    const list = batches[batch] ?? [];
    const batchWords: MatchWords[] = [];
    for (const group of list) for (const m of group) batchWords.push(words.get(m.id) ?? { words: [], truncated: false });
    worker.postMessage({ batch, minContainedWords: resolved.minContainedWords, groups: list, words: batchWords });
    batches[batch] = [];
    return true;
  };
  const done: Promise<void>[] = [];
  for (let t = 1; t < threads && t <= batches.length; t++) {
    const worker = startWorker();
    workers.push(worker);
    done.push(new Promise<void>((resolve, reject) => {
      worker.on("message", (message: { batch: number; families: QuoteFamily[] }) => {
        built[message.batch] = message.families;
        if (!send(worker)) resolve();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => {
        if (code !== 0) reject(new Error(`matchMentionsInParallel: a worker thread stopped (exit ${code})`));
      });
    }));
    send(worker);
  }
  try {
    // this thread takes batches too, yielding between them so the workers' results are read
    // (and their next batches sent) while it works
    while (next < batches.length) {
      const batch = next++;
      built[batch] = (batches[batch] ?? []).map((members) => buildFamily(members, resolved, words));
      batches[batch] = [];
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { families: disambiguateFamilyIds(built.flat(), { freshIds: true }) };
}

/**
 * The worker thread: build-families-worker.js from dist; from the sources (tsx, vitest) the .ts
 * file, tsx's loader registered first in the thread (a thread does not inherit the loader of a
 * process that vitest or tsx started)
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./build-families-worker.js", import.meta.url));
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./build-families-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
