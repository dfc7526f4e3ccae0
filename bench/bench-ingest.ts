/**
 * `npm run bench`: ingest throughput, end to end (read files → ingest → extract → store), on the
 * embedded database and, when reachable, on the real server; then extraction MB/s.
 * Prints figures; it is not a test. Args: --data <path> (repeatable: PolNeAR/BASIL .jsonl or a
 * directory of them, bench/read-bench-data.ts; each record is ingested as one .json file, real text
 * first), --articles N (generated articles, default 10000; 0 skips them), --skip-server,
 * --skip-extract, --skip-match (ingest only).
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { generateNewsText } from "../eval/generate-news-text.ts";
import { openStore } from "../src/store/open-store.ts";
import { ingestFiles } from "../src/app/ingest-files.ts";
import { updateMatches } from "../src/app/update-matches.ts";
import { readBenchData } from "./read-bench-data.ts";

const { values } = parseArgs({ options: { data: { type: "string", multiple: true, default: [] }, articles: { type: "string" }, "skip-server": { type: "boolean" }, "skip-extract": { type: "boolean" }, "skip-match": { type: "boolean" } } });
const count = Number(values.articles ?? 10_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "quotetrail-bench-"));
interface BenchCorpus { label: string; dir: string; articles: number; bytes: number }
const corpora: BenchCorpus[] = [];
// real text first: each record one .json file, as a user would ingest it
for (const [n, dataPath] of (values.data ?? []).entries()) {
  const data = readBenchData(dataPath);
  const corpusDir = path.join(dir, `data-${n}`);
  await fs.mkdir(corpusDir);
  for (const [i, d] of data.documents.entries()) {
    const record = { text: d.text, url: d.given.url, outlet: d.given.outlet, title: d.given.title, date: d.given.date };
    await fs.writeFile(path.join(corpusDir, `article-${String(i).padStart(6, "0")}.json`), JSON.stringify(record));
  }
  corpora.push({ label: data.label, dir: corpusDir, articles: data.documents.length, bytes: data.bytes });
}
// News-shaped articles (~2 kB: dateline, quotes, indirect speech, credits), each with the
// " date YYYY-MM-DD" first line the crawler writes; the same seed always gives the same corpus.
if (count > 0) {
  const corpusDir = path.join(dir, "articles");
  await fs.mkdir(corpusDir);
  const texts = generateNewsText({ bytes: count * 2600, seed: 7, articleChars: 2000 }).slice(0, count);
  let bytes = 0;
  for (const [i, body] of texts.entries()) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const text = ` date 2023-08-${day} Example News\n\n${body}\n`;
    bytes += Buffer.byteLength(text);
    await fs.writeFile(path.join(corpusDir, `article-${String(i).padStart(6, "0")}.txt`), text);
  }
  corpora.push({ label: "generated", dir: corpusDir, articles: texts.length, bytes });
}
for (const c of corpora) console.log(`corpus ${c.label}: ${c.articles} articles, ${(c.bytes / 1e6).toFixed(2)} MB of text in ${c.dir}`);

async function run(label: string, corpus: BenchCorpus, open: () => Promise<Awaited<ReturnType<typeof openStore>>>) {
  const store = await open();
  const { dir: corpusDir, bytes } = corpus;
  try {
    const t0 = performance.now();
    const result = await ingestFiles(store, { paths: [corpusDir], cwd: dir, batchSize: 500 });
    const t1 = performance.now();
    const match = values["skip-match"] ? null : await updateMatches(store, { rebuild: true });
    const t2 = performance.now();
    const summary = await store.summary();
    const seconds = (t1 - t0) / 1000;
    console.log(
      `${corpus.label}, ${label}: ingest ${result.saved.length} articles in ${seconds.toFixed(1)} s = ${(result.saved.length / seconds).toFixed(0)} articles/s ` +
        `(${(bytes / 1e6 / seconds).toFixed(2)} MB/s); ${summary.mentions} quotes stored; ` +
        (match ? `match+provenance ${((t2 - t1) / 1000).toFixed(1)} s (${match.families} families); ` : "") +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  } finally {
    await store.close();
  }
}

for (const [n, corpus] of corpora.entries()) {
  await run("embedded (PGlite)", corpus, () => openStore({ dataDir: path.join(dir, `pgdata-${n}`), migrate: true }));
}

/** a fresh empty bench database on the server, or null (with a note) when it cannot be reached */
async function freshServerDatabase(): Promise<string | null> {
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS quotetrail_bench");
    await admin.query("CREATE DATABASE quotetrail_bench");
  } catch (error) {
    console.log(`real server: skipped (${(error as Error).message}); set BENCH_DATABASE_URL`);
    return null;
  } finally {
    await admin.end().catch(() => {});
  }
  const url = new URL(serverUrl);
  url.pathname = "/quotetrail_bench";
  return url.toString();
}

if (!values["skip-server"]) {
  for (const corpus of corpora) {
    const databaseUrl = await freshServerDatabase();
    if (databaseUrl === null) break;
    await run("real server (PostgreSQL)", corpus, () => openStore({ databaseUrl, migrate: true }));
  }
}
await fs.rm(dir, { recursive: true, force: true });

if (!values["skip-extract"]) {
  try {
    await import("./bench-extract.ts");
  } catch (error) {
    console.log(`extraction bench unavailable: ${(error as Error).message}`);
  }
}
