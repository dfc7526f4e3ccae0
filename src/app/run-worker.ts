import { z } from "zod";
import type { LockWaits, Store } from "../store/open-store.ts";
import type { QueuedJob, WorkQueue } from "../store/open-work-queue.ts";
import { ingestFiles } from "./ingest-files.ts";
import { updateMatches } from "./update-matches.ts";

export interface RunWorkerOptions {
  /** jobs taken at a time; their files are ingested one job after another and matched once (default 4) */
  jobsPerTake?: number;
  /** stop when the queue has nothing due instead of waiting for more */
  once?: boolean;
  /** seconds between looks at an empty queue (default 2) */
  pollSeconds?: number;
  /** stops the worker after the jobs in hand (SIGINT/SIGTERM) */
  signal?: AbortSignal;
  onBatch?: (batch: WorkerBatch) => void;
}

/** What one take of jobs did. */
export interface WorkerBatch {
  jobs: number;
  failed: { id: string; message: string }[];
  /** articles read, of them stored new (or as new versions), inputs rejected */
  read: number;
  stored: number;
  rejected: number;
  matched: boolean;
}

export interface RunWorkerResult {
  jobs: number;
  failedJobs: number;
  articlesRead: number;
  articlesStored: number;
  rejected: number;
  matches: number;
  /** wall time of the run and the part of it spent waiting for other workers' locks */
  elapsedMs: number;
  /** this process's CPU time (user + system), milliseconds: the database server's is not in it */
  cpuMs: number;
  lockWaits: LockWaits;
}

/** A job's data, checked here: it comes from the database, where anything may have put it. */
const jobSchema = z.object({
  files: z.array(z.string().min(1)).min(1),
  roots: z.array(z.string().min(1)).min(1).optional(),
  cwd: z.string().min(1),
  manifestPath: z.string().optional(),
  force: z.boolean().optional(),
  maxBytes: z.number().int().positive().optional(),
});

/**
 * The `worker` use case: takes ingest jobs from the queue a few at a time, ingests each job's files
 * (a job that throws fails alone, with its message, and is offered again until its retries are
 * spent), then matches once for all of them (not once per file), and marks the jobs done. Any
 * number of workers may run against one server: the queue gives each job to one of them, and the
 * store's advisory locks make their article writes and matches take turns.
 */
export async function runWorker(store: Store, queue: WorkQueue, options: RunWorkerOptions = {}): Promise<RunWorkerResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const total: RunWorkerResult = {
    jobs: 0, failedJobs: 0, articlesRead: 0, articlesStored: 0, rejected: 0, matches: 0, elapsedMs: 0, cpuMs: 0, lockWaits: store.lockWaits(),
  };
  const perTake = options.jobsPerTake ?? 4;
  while (!options.signal?.aborted) {
    const jobs = await queue.take(perTake);
    if (jobs.length === 0) {
      // nothing left to ingest: wait for the lock and make the match still owed (unless someone did)
      if (await store.matchPending()) {
        if (await matchIfOwed(store)) total.matches++;
        continue;
      }
      if (options.once) break;
      await sleep((options.pollSeconds ?? 2) * 1000, options.signal);
      continue;
    }
    const batch = await runJobs(store, queue, jobs);
    total.jobs += batch.jobs;
    total.failedJobs += batch.failed.length;
    total.articlesRead += batch.read;
    total.articlesStored += batch.stored;
    total.rejected += batch.rejected;
    if (batch.matched) total.matches++;
    options.onBatch?.(batch);
  }
  const used = process.cpuUsage(cpu);
  return { ...total, elapsedMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, lockWaits: store.lockWaits() };
}

async function runJobs(store: Store, queue: WorkQueue, jobs: readonly QueuedJob[]): Promise<WorkerBatch> {
  const batch: WorkerBatch = { jobs: jobs.length, failed: [], read: 0, stored: 0, rejected: 0, matched: false };
  const done: { id: string; output: object }[] = [];
  for (const job of jobs) {
    const parsed = jobSchema.safeParse(job.data);
    if (!parsed.success) {
      batch.failed.push({ id: job.id, message: `malformed job: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}` });
      continue;
    }
    const data = parsed.data;
    try {
      const result = await ingestFiles(store, {
        // the walk of enqueue again, reading only this job's files (their corpus paths and manifests as in one ingest)
        ...(data.roots ? { paths: data.roots, select: new Set(data.files) } : { paths: data.files }),
        cwd: data.cwd,
        force: data.force ?? false,
        ...(data.manifestPath !== undefined ? { manifestPath: data.manifestPath } : {}),
        ...(data.maxBytes !== undefined ? { maxBytes: data.maxBytes } : {}),
      });
      const read = result.saved.length;
      batch.read += read;
      batch.rejected += result.rejected.length;
      batch.stored += result.newVersionIds.length;
      // a rejected input (binary, malformed, ...) would be rejected again: it is reported, not retried
      done.push({ id: job.id, output: { read, stored: result.newVersionIds.length, rejected: result.rejected } });
    } catch (error) {
      batch.failed.push({ id: job.id, message: messageOf(error) });
    }
  }
  if (done.length > 0) {
    try {
      // The stored articles count as matched only once a match that saw them finishes; until then the
      // store owes one (store_state), which outlives this process. While another worker matches, this
      // one goes on ingesting rather than queueing behind it: matches are one at a time anyway, and the
      // next one takes in everything stored meanwhile (the worker's last match is never skipped).
      if ((batch.stored > 0 || (await store.matchPending())) && !(await store.matchRunning())) {
        batch.matched = await matchIfOwed(store);
      }
    } catch (error) {
      const message = `match failed: ${messageOf(error)}`;
      for (const { id } of done.splice(0)) batch.failed.push({ id, message });
    }
  }
  for (const { id, output } of done) await queue.complete(id, output);
  for (const { id, message } of batch.failed) await queue.fail(id, message);
  return batch;
}

/** Matches when, once this worker's turn comes, a match is still owed; true when it matched. */
async function matchIfOwed(store: Store): Promise<boolean> {
  return !(await updateMatches(store, { rebuild: false, onlyIfOwed: true })).skipped;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
