/**
 * `npm run bench:scale` (issue 15): the cost of an hourly ingest against the size of the corpus.
 * For each size (mentions, --sizes): a fresh PostgreSQL database is bulk-loaded with the articles
 * of a noisy generated corpus (bench/generate-noisy-mention-corpus.ts, the noise of real news;
 * bench/make-article-bundles.ts: news-shaped articles; bench/bulk-load-articles.ts: the rows the store's
 * write path would write, by COPY, without parsing), matched
 * once with `match --rebuild` (exempt from the memory goal; its peak is printed), then the --new
 * newest articles of the same corpus, held back from the load (an hourly ingest: they continue
 * stories already stored), are written as .json files and taken through the pipeline in separate
 * processes: ingest (read, parse, extract, store), the incremental match they owe, a JSON report
 * and an audit. Prints wall and CPU seconds and peak RSS of each, the load time and the database's
 * size on disk. A benchmark, not a test: figures vary with the machine's load (CPU seconds less).
 * Density: the corpus spans size / --per-day days (default 27,400 mentions a day: 10M mentions are
 * a year of news, the issue's "a year of news"), so every size has the same mentions per day and a
 * larger corpus is a longer span, as a newsroom's store grows; the held-back articles are the
 * corpus's latest days. `--per-day 0` packs every size into the same four years (the earlier
 * rounds' corpus, kept as a stress case: density grows with the size).
 * Args: --sizes 100000,1000000 --new 1000 --seed 15 --per-day 27400 --url postgresql://... (a server
 * whose user may create databases; default the local one) --keep (keep the databases) --skip-report
 * --skip-rebuild (no `match --rebuild` after the load: the loaded mentions are marked matched and
 * stay in no family; for sizes whose rebuild does not fit in memory) --files DIR (keep the new
 * articles' files there) --db-prefix NAME (databases NAME_<size>, default qt_scale).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateNoisyMentionCorpus } from "./generate-noisy-mention-corpus.ts";
import { makeArticleBundles, writeArticleText } from "./make-article-bundles.ts";
import { bulkLoadArticles } from "./bulk-load-articles.ts";
import type { MatchableMention } from "../src/model/family.ts";
import type { ArticleBundle } from "../src/store/store.ts";

const { values } = parseArgs({ options: {
  sizes: { type: "string", default: "100000" }, new: { type: "string", default: "1000" }, seed: { type: "string", default: "15" },
  url: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  keep: { type: "boolean" }, "skip-report": { type: "boolean" }, "skip-rebuild": { type: "boolean" }, "db-prefix": { type: "string", default: "qt_scale" },
  "per-day": { type: "string", default: "27400" }, files: { type: "string" },
} });
const perDay = Number(values["per-day"]);
const sizes = (values.sizes ?? "").split(",").map(Number).filter((n) => n > 0);
const newCount = Number(values.new);
const root = path.resolve(import.meta.dirname, "..");

interface Phase { phase: string; wallMs: number; cpuMs: number; maxRssMb: number; extra: unknown }
const rows: Record<string, unknown>[] = [];

for (const size of sizes) {
  const name = `${values["db-prefix"]}_${size}`;
  const url = new URL(values.url ?? "");
  await admin(url.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(url.toString(), `CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  log(`${size}: generating`);
  // fixed density: the span grows with the corpus (--per-day 0: four years at every size)
  const days = perDay > 0 ? Math.max(1, Math.round(size / perDay)) : undefined;
  const corpus = generateNoisyMentionCorpus({ size, seed: Number(values.seed), ...(days === undefined ? {} : { days }) });
  const byArticle = new Map<string, MatchableMention[]>();
  for (const m of corpus.mentions) {
    const list = byArticle.get(m.articleId);
    if (list === undefined) byArticle.set(m.articleId, [m]);
    else list.push(m);
  }
  // the newest articles are held back: an hourly ingest continues the stories of the last days
  const dayOf = (id: string): string => byArticle.get(id)?.[0]?.pageDate ?? byArticle.get(id)?.[0]?.date ?? "";
  const articleIds = [...byArticle.keys()].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.localeCompare(b));
  const held = new Set(articleIds.slice(-newCount));
  const baseArticles = articleIds.filter((id) => !held.has(id));
  const baseMentionCount = corpus.mentions.length - [...held].reduce((n, id) => n + (byArticle.get(id)?.length ?? 0), 0);
  const span = `${dayOf(articleIds[0] ?? "")} to ${dayOf(articleIds.at(-1) ?? "")}`;

  // bulk load (bench/bulk-load-articles.ts): the rows the store's write path would write, by
  // COPY, with the plain indexes built once after it; bundles made one at a time (10M mentions)
  log(`${size}: bulk-loading ${baseMentionCount} mentions, ${span}`);
  const loadWall = performance.now();
  const loadCpu = process.cpuUsage();
  const loaded = await bulkLoadArticles(iterateBundles(baseArticles, byArticle), { databaseUrl, onProgress: (m) => log(`  ${m} (${new Date().toISOString().slice(11, 19)})`) });
  const loadUsed = process.cpuUsage(loadCpu);
  const load = {
    wallS: (performance.now() - loadWall) / 1000, cpuS: (loadUsed.user + loadUsed.system) / 1e6, loadAverage: os.loadavg()[0],
    copyS: loaded.copyS, indexS: loaded.indexS, analyzeS: loaded.analyzeS, keys: loaded.keys,
  };
  log(`${size}: loaded in ${load.wallS.toFixed(1)} s (disk ${await databaseSize(databaseUrl)} MB)${values["skip-rebuild"] ? "" : "; match --rebuild"}`);
  let rebuild: Phase | null = null;
  if (values["skip-rebuild"]) await onServer(databaseUrl, `DELETE FROM "match_pending"`);
  else rebuild = phase("rebuild", databaseUrl);
  const diskBefore = await databaseSize(databaseUrl);

  // the held-back articles as files, as a crawler would hand them over
  const dir = values.files ? path.resolve(values.files, `${size}`) : await fs.mkdtemp(path.join(os.tmpdir(), "qt-scale-"));
  await fs.mkdir(dir, { recursive: true });
  let quote = "";
  for (const id of held) {
    const list = byArticle.get(id) ?? [];
    const first = list[0];
    quote ||= first?.text.split(" ").slice(0, 8).join(" ") ?? "";
    const record = { text: writeArticleText(list).text, url: `https://bench.example/${id}`, outlet: first?.outlet ?? null, title: null, date: first?.pageDate ?? first?.date ?? null };
    await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(record));
  }
  log(`${size}: ingesting ${held.size} new articles`);
  const ingest = phase("ingest", databaseUrl, ["--dir", dir]);
  const match = phase("match", databaseUrl);
  const report = values["skip-report"] ? null : phase("report", databaseUrl, ["--out", path.join(dir, "report")]);
  const audit = phase("audit", databaseUrl, ["--text", quote]);
  const disk = await databaseSize(databaseUrl);
  if (!values.files) await fs.rm(dir, { recursive: true, force: true });
  else await fs.rm(path.join(dir, "report"), { recursive: true, force: true });
  if (!values.keep) await admin(values.url ?? "", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const row = {
    size, perDay, span, baseMentions: baseMentionCount, articles: baseArticles.length, newArticles: held.size,
    newMentions: corpus.mentions.length - baseMentionCount, load, rebuild, diskMbAfterLoad: diskBefore, diskMb: disk,
    ingest, match, report, audit, loadAverage: os.loadavg(),
    endToEndWallS: (ingest.wallMs + match.wallMs) / 1000, endToEndCpuS: (ingest.cpuMs + match.cpuMs) / 1000,
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}

console.log("\n| corpus mentions | bulk load | match --rebuild | disk | ingest 1,000 new (wall / CPU) | incremental match (wall / CPU) | end to end | peak RSS ingest / match / report / audit |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows as any[]) {
  const s = (p: Phase | null) => (p === null ? "-" : `${(p.wallMs / 1000).toFixed(1)} s / ${(p.cpuMs / 1000).toFixed(1)} s`);
  console.log(`| ${r.baseMentions} (${r.span}) | ${r.load.wallS.toFixed(0)} s (${r.load.cpuS.toFixed(0)} CPU s) | ${r.rebuild === null ? "skipped" : `${s(r.rebuild)}, ${r.rebuild.maxRssMb} MB`} | ${r.diskMbAfterLoad} MB | ${s(r.ingest)} | ${s(r.match)} | ${r.endToEndWallS.toFixed(1)} s (${r.endToEndCpuS.toFixed(1)} CPU s) | ${r.ingest.maxRssMb} / ${r.match.maxRssMb} / ${r.report?.maxRssMb ?? "-"} / ${r.audit.maxRssMb} MB |`);
}

/** The articles' bundles one at a time, in the given order. */
function* iterateBundles(ids: readonly string[], byArticle: ReadonlyMap<string, MatchableMention[]>): Generator<ArticleBundle> {
  for (const id of ids) yield* makeArticleBundles(byArticle.get(id) ?? []);
}

function phase(name: string, databaseUrl: string, args: string[] = []): Phase {
  const child = spawnSync(process.execPath, ["--max-old-space-size=16000", "--import", "tsx", path.join(root, "bench", "run-scale-phase.ts"), "--phase", name, "--url", databaseUrl, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{")) throw new Error(`phase ${name} failed: ${child.stderr.slice(-2000)}`);
  const result = JSON.parse(line) as Phase;
  log(`  ${name}: ${JSON.stringify(result)}`);
  return result;
}

async function databaseSize(databaseUrl: string): Promise<number> {
  const rows = await onServer(databaseUrl, "SELECT pg_database_size(current_database())::text AS size");
  return Math.round(Number(rows[0]?.size ?? 0) / 1e6);
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  await onServer(serverUrl, sql);
}

/** One statement on a connection of its own. */
async function onServer(url: string, sql: string): Promise<Record<string, string>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client.query<Record<string, string>>(sql).then((r) => r.rows).finally(() => client.end());
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
