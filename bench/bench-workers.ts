/**
 * `npm run bench:workers`: many workers against one PostgreSQL server (issue 15 #3). Writes N
 * news-shaped articles with the matching benchmark's noise (bench/write-noisy-articles.ts), then
 * for 1 worker and for W workers: a fresh database, the two halves enqueued (`quotetrail enqueue`),
 * W `quotetrail worker --once` processes started together; the wall time from their start to the
 * last one's exit, the workers' CPU, the database backends' CPU (sampled from /proc while they
 * live), the share of the workers' time spent waiting for the match lock, and a check that both
 * runs end with the same counts and families. Prints figures; it is not a test.
 *
 * Args: --articles N (default 2000), --workers W (default 2), --runs R (alternating 1 and W, default 1),
 * --jobs J (jobs per take, default 4), --baseline-jobs J (jobs per take of the single worker, default --jobs), --files-per-job F (default 25), --seed S, --keep (keep the databases).
 * BENCH_DATABASE_URL: the server (default postgresql://postgres@127.0.0.1:5432/postgres). Run
 * `npm run build` first: the workers are the compiled CLI.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { writeNoisyArticles } from "./write-noisy-articles.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string" }, workers: { type: "string" }, runs: { type: "string" }, jobs: { type: "string" },
    "files-per-job": { type: "string" }, seed: { type: "string" }, keep: { type: "boolean" }, "baseline-jobs": { type: "string" },
  },
});
const articles = Number(values.articles ?? 2000);
const workers = Number(values.workers ?? 2);
const runs = Number(values.runs ?? 1);
const jobs = values.jobs ?? "4";
// jobs per take of the single worker: more makes it match as seldom as W workers do (they coalesce matches)
const baselineJobs = values["baseline-jobs"] ?? jobs;
const filesPerJob = values["files-per-job"] ?? "25";
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const bin = path.resolve(import.meta.dirname, "../bin/quotetrail.mjs");
const CLOCK_TICKS = 100; // USER_HZ on Linux (getconf CLK_TCK)

interface WorkerJson {
  jobs: number; articlesStored: number; matches: number; elapsedMs: number; cpuMs: number;
  lockWaits: { matchWaitMs: number; matchHeldMs: number; matches: number; articleWaitMs: number };
}
interface RunFigures {
  workers: number; wallS: number; enqueueS: number; workerCpuS: number; serverCpuS: number;
  matchWaitShare: number; matchHeldShare: number; articleWaitShare: number; matches: number; skippedMatches: number;
  counts: Record<string, number>; families: string[]; rebuilt: string[];
}

function quotetrail(args: string[], cwd: string, databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, QUOTETRAIL_NOW: "2026-01-01T00:00:00.000Z" };
  const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (t: string) => void (stdout += t));
  child.stderr.setEncoding("utf8").on("data", (t: string) => void (stderr += t));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function must(args: string[], cwd: string, databaseUrl: string): Promise<string> {
  const r = await quotetrail(args, cwd, databaseUrl);
  if (r.code !== 0) throw new Error(`quotetrail ${args[0]} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>, url = serverUrl): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** CPU seconds of the database's backends, each read from /proc until it exits (the last < 200 ms of each are missed). */
function sampleServerCpu(name: string): { stop: () => Promise<number> } {
  const last = new Map<number, number>();
  let stopped = false;
  const admin = new pg.Client({ connectionString: serverUrl });
  const loop = (async () => {
    await admin.connect();
    while (!stopped) {
      const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [name]);
      for (const { pid } of rows) {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
          last.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
        } catch {
          // gone meanwhile
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    await admin.end();
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return [...last.values()].reduce((a, b) => a + b, 0);
    },
  };
}

async function runOnce(corpusDir: string, files: string[], count: number, tag: string): Promise<RunFigures> {
  const name = `qt_bench_workers_${process.pid}_${tag}_${count}`;
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = databaseUrl(name);
  await must(["db", "migrate"], corpusDir, url);
  const half = Math.ceil(files.length / 2);
  const e0 = performance.now();
  for (const part of [files.slice(0, half), files.slice(half)]) {
    await must(["enqueue", ...part, "--files-per-job", filesPerJob], corpusDir, url);
  }
  const enqueueS = (performance.now() - e0) / 1000;
  const sampler = sampleServerCpu(name);
  const t0 = performance.now();
  const outs = await Promise.all(Array.from({ length: count }, () => must(["worker", "--once", "--json", "--jobs", count === 1 ? baselineJobs : jobs], corpusDir, url)));
  const wallS = (performance.now() - t0) / 1000;
  const serverCpuS = await sampler.stop();
  const results = outs.map((o) => JSON.parse(o) as WorkerJson);
  const sum = (f: (r: WorkerJson) => number) => results.reduce((n, r) => n + f(r), 0);
  const elapsed = sum((r) => r.elapsedMs);
  const counts = JSON.parse(await must(["status", "--json"], corpusDir, url)) as Record<string, number>;
  const readFamilies = () => withAdmin(async (c) => {
    const { rows } = await c.query<{ ids: string }>(
      `SELECT string_agg(mention_id, ' ' ORDER BY mention_id) AS ids FROM family_membership GROUP BY family_id`);
    return rows.map((r) => r.ids).sort();
  }, url);
  const families = await readFamilies();
  // the stored data, apart from the order the incremental matches saw it in: a rebuild from it
  await must(["match", "--rebuild"], corpusDir, url);
  const rebuilt = await readFamilies();
  if (!values.keep) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return {
    workers: count, wallS, enqueueS, workerCpuS: sum((r) => r.cpuMs) / 1000, serverCpuS,
    matchWaitShare: sum((r) => r.lockWaits.matchWaitMs) / elapsed,
    matchHeldShare: sum((r) => r.lockWaits.matchHeldMs) / elapsed,
    articleWaitShare: sum((r) => r.lockWaits.articleWaitMs) / elapsed,
    matches: sum((r) => r.matches), skippedMatches: sum((r) => r.lockWaits.matches - r.matches),
    counts, families, rebuilt,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "quotetrail-bench-workers-"));
try {
  const corpus = writeNoisyArticles(dir, { articles, seed: Number(values.seed ?? 15) });
  console.log(`corpus: ${corpus.files.length} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.mentions} generated quotes; ` +
    `${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const all: RunFigures[] = [];
  for (let r = 0; r < runs; r++) {
    // alternate the order, so that a change of the machine's load falls on both
    for (const count of r % 2 === 0 ? [1, workers] : [workers, 1]) {
      const f = await runOnce(dir, corpus.files, count, String(r));
      all.push(f);
      console.log(
        `run ${r + 1}, ${count} worker(s): ${f.wallS.toFixed(1)} s wall = ${(corpus.files.length / f.wallS).toFixed(1)} articles/s ` +
          `(enqueue ${f.enqueueS.toFixed(1)} s); CPU: workers ${f.workerCpuS.toFixed(1)} s, database ${f.serverCpuS.toFixed(1)} s; ` +
          `matches ${f.matches} (${f.skippedMatches} skipped: already made by another worker); of the workers' time ` +
          `${(100 * f.matchWaitShare).toFixed(1)} % waiting for the match lock, ${(100 * f.matchHeldShare).toFixed(1)} % matching, ` +
          `${(100 * f.articleWaitShare).toFixed(1)} % waiting for the article-write lock; load ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  const one = all.filter((f) => f.workers === 1);
  const many = all.filter((f) => f.workers === workers);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const reference = one[0]!;
  const key = (x: unknown) => JSON.stringify(x);
  const differing = (a: string[], b: string[]) => {
    const inB = new Set(b);
    return a.filter((f) => !inB.has(f)).length;
  };
  const withoutFamilies = (c: Record<string, number>) => key({ ...c, families: undefined });
  const sameCounts = all.every((f) => withoutFamilies(f.counts) === withoutFamilies(reference.counts));
  const sameRebuilt = all.every((f) => key(f.rebuilt) === key(reference.rebuilt));
  const same = sameCounts && all.every((f) => key(f.families) === key(reference.families));
  console.log(`same counts in every run: ${sameCounts ? "yes" : "NO"} (${key(reference.counts)}); ` +
    `families ${all.map((f) => f.counts.families).join(", ")}; same families: ${same ? "yes" : `NO (${all.map((f) => differing(f.families, reference.families)).join(", ")} families of each run not in the first)`}; ` +
    `same families after match --rebuild: ${sameRebuilt ? "yes" : "NO"}; ` +
    `each run's incremental families equal its rebuild: ${all.map((f) => (key(f.families) === key(f.rebuilt) ? "yes" : `no (${differing(f.families, f.rebuilt)} differ)`)).join(", ")}`);
  console.log(`median wall: 1 worker ${median(one.map((f) => f.wallS)).toFixed(1)} s, ${workers} workers ${median(many.map((f) => f.wallS)).toFixed(1)} s: ` +
    `throughput ${(median(one.map((f) => f.wallS)) / median(many.map((f) => f.wallS))).toFixed(2)}x`);
  if (!sameCounts || !sameRebuilt) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
