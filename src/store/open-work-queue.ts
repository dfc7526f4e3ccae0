import PgBoss from "pg-boss";
import { getStoreInternals } from "./get-store-internals.ts";
import type { Store } from "./store.ts";

/** The pg-boss queue that ingest jobs go on. */
export const INGEST_QUEUE = "quotetrail-ingest";

/** Seconds a taken job may stay unfinished before pg-boss offers it again. */
const JOB_EXPIRY_SECONDS = 30 * 60;

/** One job: files to ingest, named as `ingest` would be given them from `cwd`. */
export interface IngestJobData {
  /** the files to read, named as the walk of `roots` names them */
  files: string[];
  /** the paths given to `enqueue` that the files are (or lie below); absent in jobs of older versions: the files are read as given */
  roots?: string[];
  /** the folder the files are named from (the enqueuer's working directory) */
  cwd: string;
  manifestPath?: string;
  force?: boolean;
  maxBytes?: number;
}

export interface QueuedJob {
  id: string;
  /** unchecked: the worker validates it (a job may have been put on the queue by anything) */
  data: unknown;
  /** attempts so far, this one excluded */
  retryCount: number;
}

export interface EnqueueOptions {
  /** retries after the first attempt fails (bounded; default 2) */
  retries?: number;
  /** seconds before a failed job is offered again (default 10) */
  retryDelaySeconds?: number;
}

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface FailedJob {
  id: string;
  /** what the last attempt said */
  message: string;
  attempts: number;
  files: string[];
}

export interface WorkQueue {
  /** puts the jobs on the queue; their ids, in order */
  enqueue(jobs: readonly IngestJobData[], options?: EnqueueOptions): Promise<string[]>;
  /** takes up to `max` jobs that are due (each job goes to one caller: FOR UPDATE SKIP LOCKED) */
  take(max: number): Promise<QueuedJob[]>;
  complete(id: string, output: object): Promise<void>;
  /** records the failure; pg-boss offers the job again until its retries are spent, then it stays `failed` */
  fail(id: string, message: string): Promise<void>;
  /** jobs by state */
  counts(): Promise<Record<JobState, number>>;
  /** jobs whose retries are spent, with the message of their last attempt, oldest first */
  failed(limit: number): Promise<FailedJob[]>;
  /** stops pg-boss (the store stays open) */
  close(): Promise<void>;
}

/**
 * The work queue of `enqueue` / `worker`: pg-boss (its own schema `pgboss` in the store's
 * database, installed on first use) running its SQL on the store's connection pool. pg-boss hands
 * each job to one worker (`FOR UPDATE SKIP LOCKED`), records failures with their message, retries
 * a bounded number of times, and gives a job whose worker died back after `expireInMinutes`.
 * Server only: the embedded database is held by one process, so there is nobody to share with.
 */
export async function openWorkQueue(store: Store): Promise<WorkQueue> {
  if (store.kind !== "server") {
    throw new Error("the work queue needs a PostgreSQL server (set DATABASE_URL): the embedded database admits one process at a time, so there is no other worker to share the work with");
  }
  const internals = getStoreInternals(store);
  const db: PgBoss.Db = {
    executeSql: (text, values) => internals.withClient(async (client) => {
      try {
        const result: unknown = await client.query(text, values);
        // a multi-statement text (pg-boss's locked installs and maintenance) gives one result per statement
        return (Array.isArray(result) ? result[result.length - 1] : result) as { rows: unknown[] };
      } catch (error) {
        // a failed multi-statement text leaves its transaction open: never hand that connection back so
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    }),
  };
  // no cron (schedule), no monitoring events; supervision (expiring the jobs of dead workers,
  // archiving) stays on, and one process at a time runs it (pg-boss takes a lock for it)
  const boss = new PgBoss({ db, schedule: false, supervise: true, migrate: true });
  boss.on("error", () => undefined); // maintenance errors are retried by pg-boss; a job's own errors are recorded on the job
  await boss.start();
  let created = false;
  const ensureQueue = async (): Promise<void> => {
    if (created) return;
    // idempotent (ON CONFLICT DO NOTHING); a job's own retry options override the queue's
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 2, retryDelay: 10, expireInSeconds: JOB_EXPIRY_SECONDS });
    created = true;
  };
  return {
    async enqueue(jobs, options = {}) {
      await ensureQueue();
      const ids: string[] = [];
      for (const data of jobs) {
        const id = await boss.send(INGEST_QUEUE, { ...data }, {
          retryLimit: options.retries ?? 2,
          retryDelay: options.retryDelaySeconds ?? 10,
          // a job still active after this is given to another worker (its worker is taken for dead);
          // were it alive after all, the second ingest of its files finds them unchanged
          expireInSeconds: JOB_EXPIRY_SECONDS,
        });
        if (id === null) throw new Error("pg-boss refused the job (no id returned)");
        ids.push(id);
      }
      return ids;
    },
    async take(max) {
      await ensureQueue();
      const jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: max, includeMetadata: true });
      return jobs.map((j) => ({ id: j.id, data: j.data, retryCount: j.retryCount }));
    },
    complete: (id, output) => boss.complete(INGEST_QUEUE, id, output),
    fail: (id, message) => boss.fail(INGEST_QUEUE, id, { message }),
    async counts() {
      const counts: Record<JobState, number> = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
      if (!(await boss.getQueue(INGEST_QUEUE))) return counts;
      const rows = await internals.query<{ state: JobState; n: number }>(
        `SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [INGEST_QUEUE]);
      for (const r of rows) counts[r.state] = r.n;
      return counts;
    },
    async failed(limit) {
      if (!(await boss.getQueue(INGEST_QUEUE))) return [];
      const rows = await internals.query<{ id: string; output: { message?: unknown } | null; retry_count: number; data: { files?: unknown } | null }>(
        `SELECT id::text AS id, output, retry_count, data FROM pgboss.job
         WHERE name = $1 AND state = 'failed' ORDER BY completed_on, id LIMIT $2`, [INGEST_QUEUE, limit]);
      return rows.map((r) => ({
        id: r.id,
        message: typeof r.output?.message === "string" ? r.output.message : JSON.stringify(r.output),
        attempts: r.retry_count + 1,
        files: Array.isArray(r.data?.files) ? r.data.files.map(String) : [],
      }));
    },
    close: () => boss.stop({ graceful: false, close: false, wait: true }),
  };
}
