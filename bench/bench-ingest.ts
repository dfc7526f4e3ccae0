/**
 * `npm run bench`: ingest throughput, end to end (read files → ingest → extract → store), on the
 * embedded database and, when reachable, on the real server; then extraction MB/s.
 * Prints figures; it is not a test. Args: --articles N (default 10000), --skip-server, --skip-extract,
 * --skip-match (ingest only).
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

const { values } = parseArgs({ options: { articles: { type: "string" }, "skip-server": { type: "boolean" }, "skip-extract": { type: "boolean" }, "skip-match": { type: "boolean" } } });
const count = Number(values.articles ?? 10_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "quotetrail-bench-"));
const corpusDir = path.join(dir, "articles");
await fs.mkdir(corpusDir);
// News-shaped articles (~2 kB: dateline, quotes, indirect speech, credits), each with the
// " date YYYY-MM-DD" first line the crawler writes; the same seed always gives the same corpus.
const texts = generateNewsText({ bytes: count * 2600, seed: 7, articleChars: 2000 }).slice(0, count);
let bytes = 0;
for (const [i, body] of texts.entries()) {
  const day = String(1 + (i % 28)).padStart(2, "0");
  const text = ` date 2023-08-${day} Example News\n\n${body}\n`;
  bytes += Buffer.byteLength(text);
  await fs.writeFile(path.join(corpusDir, `article-${String(i).padStart(6, "0")}.txt`), text);
}
console.log(`corpus: ${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB in ${corpusDir}`);

async function run(label: string, open: () => Promise<Awaited<ReturnType<typeof openStore>>>) {
  const store = await open();
  try {
    const t0 = performance.now();
    const result = await ingestFiles(store, { paths: [corpusDir], cwd: dir, batchSize: 500 });
    const t1 = performance.now();
    const match = values["skip-match"] ? null : await updateMatches(store, { rebuild: true });
    const t2 = performance.now();
    const summary = await store.summary();
    const seconds = (t1 - t0) / 1000;
    console.log(
      `${label}: ingest ${result.saved.length} articles in ${seconds.toFixed(1)} s = ${(result.saved.length / seconds).toFixed(0)} articles/s ` +
        `(${(bytes / 1e6 / seconds).toFixed(2)} MB/s); ${summary.mentions} quotes stored; ` +
        (match ? `match+provenance ${((t2 - t1) / 1000).toFixed(1)} s (${match.families} families); ` : "") +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  } finally {
    await store.close();
  }
}

await run("embedded (PGlite)", () => openStore({ dataDir: path.join(dir, "pgdata"), migrate: true }));

if (!values["skip-server"]) {
  const admin = new pg.Client({ connectionString: serverUrl });
  let serverReady = false;
  try {
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS quotetrail_bench");
    await admin.query("CREATE DATABASE quotetrail_bench");
    serverReady = true;
  } catch (error) {
    console.log(`real server: skipped (${(error as Error).message}); set BENCH_DATABASE_URL`);
  } finally {
    await admin.end().catch(() => {});
  }
  if (serverReady) {
    const url = new URL(serverUrl);
    url.pathname = "/quotetrail_bench";
    await run("real server (PostgreSQL)", () => openStore({ databaseUrl: url.toString(), migrate: true }));
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
