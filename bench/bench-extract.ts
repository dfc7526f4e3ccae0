/**
 * Extraction throughput on generated news-shaped text (eval/generate-news-text.ts, seeded):
 * MB/s of article text on one core at 1, 5 and 20 MB, and the linearity ratio
 * (time per MB at the largest size / time per MB at the smallest; 1.0 = perfectly linear).
 * Both wall time and process CPU time are printed: on a shared machine the CPU figure is the one
 * that says what one core does.
 *
 *   npx tsx bench/bench-extract.ts [--sizes 1,5,20] [--single] [--json]
 *
 * --single also runs each size as ONE document (articles joined by blank lines), which exposes
 * work that grows faster than the length of a single text. Figures are printed, never asserted.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { extractQuotes } from "../src/extract/extract-quotes.ts";
import { generateNewsText } from "../eval/generate-news-text.ts";

interface Row {
  mode: "articles" | "single";
  megabytes: number;
  articles: number;
  quotes: number;
  seconds: number;
  mbPerSecond: number;
  /** process CPU seconds (user + system) during the run: robust when other jobs share the cores */
  cpuSeconds: number;
  mbPerCpuSecond: number;
}

function run(mode: Row["mode"], megabytes: number): Row {
  const articles = generateNewsText({ bytes: megabytes * 1e6, seed: 7 });
  const inputs = mode === "articles" ? articles : [articles.join("\n\n")];
  const bytes = inputs.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  let quotes = 0;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (const text of inputs) {
    quotes += extractQuotes({ text, regions: [], dateline: null, mined: true, language: "en" }).quotes.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    mode, megabytes: bytes / 1e6, articles: articles.length, quotes, seconds, mbPerSecond: bytes / 1e6 / seconds,
    cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds,
  };
}

function main(): void {
  // strict: false — when `npm run bench` imports this file, argv holds bench-ingest's options too
  const { values } = parseArgs({
    strict: false,
    allowPositionals: true,
    options: { sizes: { type: "string", default: "1,5,20" }, single: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
  });
  const sizes = String(values.sizes ?? "1,5,20").split(",").map(Number).filter((n) => n > 0);
  // warm-up so the first size is not charged for JIT compilation
  run("articles", 2);
  const rows: Row[] = [];
  for (const mode of values.single ? (["articles", "single"] as const) : (["articles"] as const)) {
    for (const size of sizes) {
      const row = run(mode, size);
      rows.push(row);
      if (!values.json) {
        process.stdout.write(
          `extract ${mode.padEnd(8)} ${row.megabytes.toFixed(1).padStart(5)} MB  ${String(row.articles).padStart(6)} articles  ` +
            `${String(row.quotes).padStart(7)} quotes  ${row.seconds.toFixed(2).padStart(6)} s  ${row.mbPerSecond.toFixed(2).padStart(7)} MB/s wall  ${row.mbPerCpuSecond.toFixed(2).padStart(7)} MB/s CPU\n`,
        );
      }
    }
  }
  const linearity: Record<string, number> = {};
  for (const mode of ["articles", "single"] as const) {
    const mine = rows.filter((r) => r.mode === mode);
    const first = mine[0];
    const last = mine[mine.length - 1];
    if (first && last && first !== last) linearity[mode] = last.cpuSeconds / last.megabytes / (first.cpuSeconds / first.megabytes);
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ rows, linearity }, null, 2)}\n`);
  else {
    for (const [mode, ratio] of Object.entries(linearity)) {
      process.stdout.write(`extract ${mode}: CPU time per MB at the largest size / at the smallest = ${ratio.toFixed(2)} (1.00 = linear)\n`);
    }
    const slowest = Math.min(...rows.map((r) => r.mbPerSecond));
    const slowestCpu = Math.min(...rows.map((r) => r.mbPerCpuSecond));
    process.stdout.write(
      `extract: slowest ${slowest.toFixed(2)} MB/s wall, ${slowestCpu.toFixed(2)} MB/s per CPU second (goal >= 5 MB/s per core; ` +
        `CPU time includes GC helper threads, wall time includes other processes on the machine)\n`,
    );
  }
}

main();
