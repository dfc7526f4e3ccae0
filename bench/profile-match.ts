/**
 * Where an incremental match spends its time on a bench:scale store: runs `updateMatches` as the
 * `match` phase does, timing every SQL statement (pg's Client.query wrapped) and printing those
 * over --min-ms with the first characters of their SQL, the total time in the database and the
 * process's CPU. With --repend, the mentions of the articles ingested from files (format json:
 * bench:scale's 1,000 new articles) wait for a match again first, so the same work can be
 * measured again on a kept store. With --explain, each slow SELECT is run again under EXPLAIN
 * (ANALYZE, BUFFERS) with its parameters afterwards and the plan printed.
 * Args: --url postgresql://... [--repend] [--min-ms 100] [--explain]
 */
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import pg from "pg";
import { openStore } from "../src/store/open-store.ts";
import { getStoreInternals } from "../src/store/get-store-internals.ts";
import { updateMatches } from "../src/app/update-matches.ts";

const { values } = parseArgs({ options: { url: { type: "string" }, repend: { type: "boolean" }, "min-ms": { type: "string", default: "100" }, explain: { type: "boolean" } } });
const slow: { text: string; values: unknown[] }[] = [];
const minMs = Number(values["min-ms"]);
let dbMs = 0;
const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const started = performance.now();
  const result = original.apply(this, args);
  if (result instanceof Promise) {
    return result.finally(() => {
      const ms = performance.now() - started;
      dbMs += ms;
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text ?? "";
      const values = Array.isArray(args[1]) ? args[1] : [];
      if (ms >= minMs && /^\s*(SELECT|WITH)/i.test(text)) slow.push({ text, values });
      if (ms >= minMs) process.stderr.write(`${ms.toFixed(0).padStart(7)} ms  ${text.replace(/\s+/g, " ").slice(0, 140)}\n`);
    });
  }
  return result;
};
const store = await openStore({ databaseUrl: values.url ?? "" });
try {
  if (values.repend) {
    await getStoreInternals(store).query(
      `INSERT INTO "match_pending" ("mention_id") SELECT m.id FROM "mention" m JOIN "article" a ON a.id = m.article_id
        WHERE a.format = 'json' ON CONFLICT DO NOTHING`);
    await getStoreInternals(store).query(`UPDATE "store_state" SET "corpus_revision" = "corpus_revision" + 1 WHERE "id" = 1`);
  }
  dbMs = 0;
  const before = await getStoreInternals(store).query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const serverCpuBefore = before.reduce((sum, { pid }) => sum + backendCpuMs(pid), 0);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await updateMatches(store, { rebuild: false });
  const used = process.cpuUsage(cpu);
  const wallMs = Math.round(performance.now() - wall);
  // the server's CPU for this match: the store's pooled backends (this process's only ones on
  // this database), read from /proc on a server on the same machine, before the pool closes
  const pids = await getStoreInternals(store).query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const serverCpuMs = pids.reduce((sum, { pid }) => sum + backendCpuMs(pid), 0) - serverCpuBefore;
  console.log(JSON.stringify({ wallMs, cpuMs: Math.round((used.user + used.system) / 1000), dbMs: Math.round(dbMs), serverCpuMs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), result }));
  if (values.explain) {
    for (const q of slow) {
      const plan = await getStoreInternals(store).query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
      process.stderr.write(`\n${q.text.replace(/\s+/g, " ").slice(0, 200)}\n${plan.map((r) => Object.values(r)[0]).join("\n")}\n`);
    }
  }
} finally {
  await store.close();
}

/** user + system CPU milliseconds of a server backend (0 when /proc does not show it) */
function backendCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(")").pop()?.trim().split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s
  } catch {
    return 0;
  }
}
