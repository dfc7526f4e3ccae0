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
 * --slice N (default 1,000,000: a larger corpus is generated N mentions at a time, each slice with
 * its own seed over the days after the last, while it is loaded: 10M mentions in one generator
 * held 12 GB) --skip-rebuild (no `match --rebuild` after the load: the loaded mentions are marked matched and
 * stay in no family; for sizes whose rebuild does not fit in memory) --files DIR (keep the new
 * articles' files there) --db-prefix NAME (databases NAME_<size>, default qt_scale) --snapshot (keep a
 * copy of each database as it is after the ingest, before the match: NAME_<size>_ingested, a
 * template for repeating the incremental match: `CREATE DATABASE x TEMPLATE NAME_<size>_ingested`).
 * --match-last N (instead of `match --rebuild`: the slices before the last N are stored as matched,
 * in no family, and the last N's mentions matched by an incremental `match`: a 10M store whose
 * rebuild needs ~43 GB, with families for the weeks the new articles continue) --spare K (K more
 * batches of --new articles held back after the measured one, written to --files DIR as
 * <size>-spare-<i>/: ingest and match them by hand to measure other code on the same store).
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
  "per-day": { type: "string", default: "27400" }, files: { type: "string" }, slice: { type: "string", default: "1000000" },
  snapshot: { type: "boolean" }, "match-last": { type: "string" }, spare: { type: "string", default: "0" },
} });
const sliceSize = Number(values.slice);
const perDay = Number(values["per-day"]);
const sizes = (values.sizes ?? "").split(",").map(Number).filter((n) => n > 0);
const newCount = Number(values.new);
const spareBatches = Number(values.spare);
if (spareBatches > 0 && !values.files) throw new Error("--spare needs --files DIR: the spare batches are written there to ingest by hand");
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
  // fixed density: the span grows with the corpus (--per-day 0: four years at every size). A
  // corpus larger than --slice mentions is generated slice by slice as it is loaded (each slice
  // its own seed, over the next days), so the generator never holds more than one slice
  const slices = Math.max(1, Math.ceil(size / sliceSize));
  const seed = Number(values.seed);
  const held: MatchableMention[][] = [];
  let baseMentionCount = 0;
  let baseArticleCount = 0;
  let firstDay = "";
  let lastDay = "";
  let matchFromDay = "";
  function* generateBundles(): Generator<ArticleBundle> {
    for (let k = 0; k < slices; k++) {
      const from = Math.round((size * k) / slices);
      const count = Math.round((size * (k + 1)) / slices) - from;
      const days = perDay > 0 ? Math.max(1, Math.round(count / perDay)) : undefined;
      const offset = perDay > 0 ? Math.round(from / perDay) : 0;
      log(`${size}: generating${slices > 1 ? ` slice ${k + 1} of ${slices} (${count} mentions from day ${offset})` : ""}`);
      const corpus = generateNoisyMentionCorpus({ size: count, seed: seed + k, ...(days === undefined ? {} : { days }) });
      const byArticle = new Map<string, MatchableMention[]>();
      for (const raw of corpus.mentions) {
        const m = slices === 1 ? raw : shiftMention(raw, `s${k}`, offset);
        const list = byArticle.get(m.articleId);
        if (list === undefined) byArticle.set(m.articleId, [m]);
        else list.push(m);
      }
      // the newest articles are held back: an hourly ingest continues the stories of the last days
      const dayOf = (id: string): string => byArticle.get(id)?.[0]?.pageDate ?? byArticle.get(id)?.[0]?.date ?? "";
      const ids = [...byArticle.keys()].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.localeCompare(b));
      const heldIds = new Set(k === slices - 1 ? ids.slice(-newCount * (1 + spareBatches)) : []);
      firstDay ||= dayOf(ids[0] ?? "");
      if (k === slices - Number(values["match-last"] ?? slices)) matchFromDay = dayOf(ids[0] ?? "");
      lastDay = dayOf(ids.at(-1) ?? "");
      for (const id of ids) {
        const list = byArticle.get(id) ?? [];
        if (heldIds.has(id)) held.push(list);
        else {
          baseMentionCount += list.length;
          baseArticleCount++;
          yield* makeArticleBundles(list);
        }
      }
    }
  }

  // bulk load (bench/bulk-load-articles.ts): the rows the store's write path would write, by
  // COPY, with the plain indexes built once after it; bundles made one at a time
  log(`${size}: bulk-loading`);
  const loadWall = performance.now();
  const loadCpu = process.cpuUsage();
  const loaded = await bulkLoadArticles(generateBundles(), { databaseUrl, onProgress: (m) => log(`  ${m} (${new Date().toISOString().slice(11, 19)})`) });
  const span = `${firstDay} to ${lastDay}`;
  const loadUsed = process.cpuUsage(loadCpu);
  const load = {
    wallS: (performance.now() - loadWall) / 1000, cpuS: (loadUsed.user + loadUsed.system) / 1e6, loadAverage: os.loadavg()[0],
    copyS: loaded.copyS, indexS: loaded.indexS, analyzeS: loaded.analyzeS, keys: loaded.keys,
  };
  log(`${size}: loaded in ${load.wallS.toFixed(1)} s (disk ${await databaseSize(databaseUrl)} MB)${values["skip-rebuild"] ? "" : "; match --rebuild"}`);
  let rebuild: Phase | null = null;
  if (values["match-last"] !== undefined) {
    // a corpus too large for `match --rebuild`: the slices before the last --match-last are stored
    // as matched (in no family), the last ones matched incrementally into families, so the new
    // articles meet the families of their own weeks (a slice's stories stay within it)
    await onServer(databaseUrl, `DELETE FROM "match_pending" p USING "mention" m JOIN "article" a ON a.id = m.article_id
      WHERE m.id = p.mention_id AND COALESCE(a.published_at, a.event_date) < '${matchFromDay}'::date`);
    log(`${size}: matching the mentions from ${matchFromDay} (the last ${values["match-last"]} slice(s))`);
    rebuild = phase("match", databaseUrl);
  } else if (values["skip-rebuild"]) await onServer(databaseUrl, `DELETE FROM "match_pending"`);
  else rebuild = phase("rebuild", databaseUrl);
  const diskBefore = await databaseSize(databaseUrl);

  // the held-back articles as files, as a crawler would hand them over
  const dir = values.files ? path.resolve(values.files, `${size}`) : await fs.mkdtemp(path.join(os.tmpdir(), "qt-scale-"));
  await fs.mkdir(dir, { recursive: true });
  let quote: string;
  // --spare: the newest batches after the measured one, written to DIR/<size>-spare-<i> (ingest and match them by hand to
  // measure other code on the same store)
  const spare = held.splice(Math.max(0, held.length - newCount * spareBatches));
  for (let b = 0; b < spareBatches; b++) {
    const spareDir = path.resolve(values.files ?? "", `${size}-spare-${b + 1}`);
    await fs.mkdir(spareDir, { recursive: true });
    await writeArticleFiles(spareDir, spare.slice(b * newCount, (b + 1) * newCount));
  }
  await writeArticleFiles(dir, held);
  quote = held[0]?.[0]?.text.split(" ").slice(0, 8).join(" ") ?? "";
  log(`${size}: ingesting ${held.length} new articles`);
  const ingest = phase("ingest", databaseUrl, ["--dir", dir]);
  if (values.snapshot) {
    await admin(values.url ?? "", `DROP DATABASE IF EXISTS "${name}_ingested" WITH (FORCE)`);
    await admin(values.url ?? "", `CREATE DATABASE "${name}_ingested" TEMPLATE "${name}"`);
  }
  const match = phase("match", databaseUrl);
  const report = values["skip-report"] ? null : phase("report", databaseUrl, ["--out", path.join(dir, "report")]);
  const audit = phase("audit", databaseUrl, ["--text", quote]);
  const disk = await databaseSize(databaseUrl);
  if (!values.files) await fs.rm(dir, { recursive: true, force: true });
  else await fs.rm(path.join(dir, "report"), { recursive: true, force: true });
  if (!values.keep) await admin(values.url ?? "", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const row = {
    size, perDay, slices, span, baseMentions: baseMentionCount, articles: baseArticleCount, newArticles: held.length,
    newMentions: held.reduce((n, list) => n + list.length, 0), load, rebuild, diskMbAfterLoad: diskBefore, diskMb: disk,
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

/** Each article (its mentions) as a .json file, as a crawler would hand it over. */
async function writeArticleFiles(dir: string, articles: readonly MatchableMention[][]): Promise<void> {
  for (const list of articles) {
    const first = list[0];
    const id = first?.articleId ?? "";
    const record = { text: writeArticleText(list).text, url: `https://bench.example/${id}`, outlet: first?.outlet ?? null, title: null, date: first?.pageDate ?? first?.date ?? null };
    await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(record));
  }
}

/** A mention of a slice of the corpus: ids prefixed with the slice's, dates `days` later. */
function shiftMention(m: MatchableMention, prefix: string, days: number): MatchableMention {
  const shift = (date: string | null): string | null => (date === null ? null : new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
  const date = shift(m.date);
  return { ...m, id: `${prefix}${m.id}`, articleId: `${prefix}${m.articleId}`, date, pageDate: m.pageDate === m.date ? date : shift(m.pageDate ?? null) };
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
