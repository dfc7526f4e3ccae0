/**
 * Incremental matching against a rebuild, step by step (issue 11 #4, issue 15 #1):
 * `npx tsx bench/check-incremental-steps.ts [--articles 2000] [--step 100] [--show]`. Writes the
 * workers' benchmark articles (bench/write-noisy-articles.ts, seed 15) and ingests them into a
 * fresh database on the server (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres;
 * a database `<--db-prefix, default qt>_check_steps_<pid>`, dropped after) `--step` articles at a time, matching through
 * the candidate index after each step as `quotetrail ingest` does. After each step it compares the
 * stored families (their members) with `matchMentions` over the corpus so far, and with
 * `matchIncremental` over the whole corpus from the families stored before the step (the
 * in-memory path, no scope): the step where the index path first departs, and whether the scope
 * or the matcher made it. `--show` prints the differing families of that step and stops.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { writeNoisyArticles } from "./write-noisy-articles.ts";
import { openStore } from "../src/store/open-store.ts";
import { ingestFiles } from "../src/app/ingest-files.ts";
import { updateMatches } from "../src/app/update-matches.ts";
import { toMatchableMentions } from "../src/match/to-matchable-mentions.ts";
import { matchMentions } from "../src/match/match-mentions.ts";
import { matchIncremental } from "../src/match/match-incremental.ts";
import type { MatchResult } from "../src/model/family.ts";

const { values } = parseArgs({ options: { articles: { type: "string" }, step: { type: "string" }, show: { type: "boolean" }, "db-prefix": { type: "string", default: "qt" } } });
const articles = Number(values.articles ?? 2000);
const step = Number(values.step ?? 100);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `${values["db-prefix"]}_check_steps_${process.pid}`;
const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};
await admin(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const dir = mkdtempSync(path.join(os.tmpdir(), "quotetrail-check-steps-"));
process.env.QUOTETRAIL_NOW = "2026-01-01T00:00:00.000Z";
const store = await openStore({ databaseUrl: url.toString() });
try {
  const files = writeNoisyArticles(dir, { articles, seed: 15 }).files;
  const partition = (r: MatchResult) => new Set(r.families.map((f) => f.members.map((m) => m.mentionId).sort().join(" ")));
  const differ = (a: MatchResult, b: MatchResult) => {
    const [pa, pb] = [partition(a), partition(b)];
    return { onlyA: [...pa].filter((x) => !pb.has(x)), onlyB: [...pb].filter((x) => !pa.has(x)) };
  };
  let worst = 0;
  for (let i = 0, n = 0; i < files.length; i += step, n++) {
    await ingestFiles(store, { paths: files.slice(i, i + step), cwd: dir });
    const before = (await store.loadMatch()).result;
    const run = await updateMatches(store, { rebuild: false });
    const stored = (await store.loadMatch()).result;
    const mentions = toMatchableMentions(await store.loadCorpus());
    const rebuilt = matchMentions(mentions);
    const whole = before.families.length === 0 ? rebuilt : matchIncremental(before, mentions);
    const [vsRebuild, vsWhole, wholeVsRebuild] = [differ(stored, rebuilt), differ(stored, whole), differ(whole, rebuilt)];
    worst = Math.max(worst, vsRebuild.onlyA.length);
    console.log(`step ${n + 1}: ${mentions.length} mentions, scope ${run.scoped?.mentions ?? "-"}; families of the index path not in the rebuild ${vsRebuild.onlyA.length} ` +
      `(rebuild's not in it ${vsRebuild.onlyB.length}); not in the whole-corpus incremental match ${vsWhole.onlyA.length}; whole-corpus incremental vs rebuild ${wholeVsRebuild.onlyA.length}`);
    if (values.show && vsRebuild.onlyA.length > 0) {
      const byId = new Map(mentions.map((m) => [m.id, m]));
      for (const [label, families] of [["index path", vsRebuild.onlyA], ["rebuild", vsRebuild.onlyB]] as const) {
        for (const f of families) {
          console.log(` ${label}:`);
          for (const id of f.split(" ")) {
            const m = byId.get(id);
            console.log(`   ${id} ${m?.articleId} ${m?.pageDate ?? m?.date} ${m?.speaker} (as ${m?.speakerMention}) "${m?.text}"`);
          }
        }
      }
      break;
    }
  }
  console.log(`most families of the index path not in the rebuild after a step: ${worst}`);
} finally {
  await store.close();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}
