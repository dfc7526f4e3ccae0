/**
 * Matching benchmark (issues 4 and 11): `npm run bench:match -- --sizes 100000,1000000 [--clean] [--seed N]`.
 * For each size, in a fresh child process (so peak RSS is per size): generate a corpus with known
 * truth, run matchMentionsInParallel (`--threads N` threads reading the match words, searching and
 * verifying candidate pairs and building families, default 2; 1 runs matchMentions), print wall time, CPU time of all threads, peak RSS and pairwise precision / recall / F1
 * against the truth. The corpus has the noise of real news by default
 * (generate-noisy-mention-corpus.ts: speaker problems, surname-only names, shared family names,
 * fragments, scare quotes, headlines), and the figures are also given per noise kind (pairs with
 * at least one mention of that kind); `--clean` uses the earlier noise-free generator
 * (generate-mention-corpus.ts). Then the same figures on a 5k corpus for the matcher and for a
 * naive all-pairs baseline (Dice >= 0.7 on normalised text, single linkage).
 * Figures are printed, nothing is asserted.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { matchMentions } from "../src/match/match-mentions.ts";
import { matchMentionsInParallel } from "../src/app/match-mentions-in-parallel.ts";
import { toNormalisedText } from "../src/text/to-normalised-text.ts";
import type { MatchResult } from "../src/model/family.ts";
import { generateMentionCorpus, type MentionCorpus } from "./generate-mention-corpus.ts";
import { generateNoisyMentionCorpus, NOISE_KINDS } from "./generate-noisy-mention-corpus.ts";
import { scoreNoiseKinds, type KindScore } from "./score-noise-kinds.ts";

interface Figures {
  label: string;
  mentions: number;
  seconds: number;
  /** process CPU time (user + system, all threads) spent matching: the fair figure on a shared machine */
  cpuSeconds: number;
  /**
   * CPU time of this (the main) thread alone while matching (Linux /proc, else NaN): the critical
   * path, about the wall time on an idle machine with a core per thread
   */
  mainCpuSeconds: number;
  generateSeconds: number;
  peakRssMb: number;
  families: number;
  precision: number;
  recall: number;
  f1: number;
  /** noisy corpus only: figures per noise kind */
  byKind?: KindScore[];
}

const args = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = Number(value("--seed") ?? 42);
const clean = args.includes("--clean");
const threads = Number(value("--threads") ?? 2);

if (value("--child") !== undefined) {
  const figures = await runChild(value("--child") ?? "", Number(value("--size")), seed, clean);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  runParent((value("--sizes") ?? "100000,1000000").split(",").map(Number), seed);
}

function runParent(sizes: number[], seed: number): void {
  const results: Figures[] = [];
  const run = (mode: string, size: number): void => {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? "", "--child", mode, "--size", String(size), "--seed", String(seed), "--threads", String(threads), ...(clean ? ["--clean"] : [])], {
      encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"],
    });
    if (child.status !== 0) {
      process.stderr.write(`bench-match: ${mode} ${size} failed (exit ${child.status})\n`);
      return;
    }
    for (const line of child.stdout.trim().split("\n")) {
      const f = JSON.parse(line) as Figures | Figures[];
      for (const x of Array.isArray(f) ? f : [f]) {
        results.push(x);
        print(x);
      }
    }
  };
  process.stdout.write(`node ${process.version}, seed ${seed}, ${threads} thread(s) (--threads), ${clean ? "clean corpus (--clean: no real-news noise)" : "noisy corpus (the noise of real news; --clean for the earlier one)"}\n`);
  process.stdout.write(`${"run".padEnd(22)} ${"mentions".padStart(9)} ${"match s".padStart(8)} ${"CPU s".padStart(7)} ${"main s".padStart(7)} ${"gen s".padStart(6)} ${"peak RSS MB".padStart(11)} ${"families".padStart(9)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}\n`);
  for (const size of sizes) run("match", size);
  run("sample", 5000);
  const first = results.find((r) => r.label === "matchMentions" && r.mentions === sizes[0]);
  const last = results.find((r) => r.label === "matchMentions" && r.mentions === sizes[sizes.length - 1]);
  if (first !== undefined && last !== undefined && first !== last) {
    const ratio = last.seconds / first.seconds;
    process.stdout.write(`time ratio ${first.mentions} -> ${last.mentions}: ${ratio.toFixed(2)}x for ${(last.mentions / first.mentions).toFixed(1)}x mentions\n`);
  }
  for (const r of results) if (r.byKind !== undefined && r.label === "matchMentions") printKinds(r);
}

function printKinds(f: Figures): void {
  const cell = (x: number | null): string => (x === null ? "—" : x.toFixed(4)).padStart(7);
  process.stdout.write(`\nby noise kind, ${f.mentions} mentions (pairs with at least one mention of the kind):\n`);
  process.stdout.write(`${"kind".padEnd(22)} ${"mentions".padStart(9)} ${"truth pairs".padStart(12)} ${"found pairs".padStart(12)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}\n`);
  for (const k of f.byKind ?? []) {
    process.stdout.write(`${k.kind.padEnd(22)} ${String(k.mentions).padStart(9)} ${String(k.truthPairs).padStart(12)} ${String(k.predictedPairs).padStart(12)} ${cell(k.precision)} ${cell(k.recall)} ${cell(k.f1)}\n`);
  }
  // a wrong person written by name at the quote is positive evidence of two statements (issue 11's
  // rule): the matcher keeps such a mention apart on purpose, so the corpus without them is shown too
  // (and, with every mention issue 11's rules keep apart on purpose left out, the matcher's own misses)
  for (const [kind, label, note] of [["other-named-at-quote", "without other-named", "all pairs among the mentions the rule lets join"], ["refused-by-rule", "without refused", "all pairs among the mentions no rule keeps apart"]] as const) {
    const k = f.byKind?.find((x) => x.kind === kind);
    if (k === undefined) continue;
    const w = k.without;
    process.stdout.write(`${label.padEnd(22)} ${String(f.mentions - k.mentions).padStart(9)} ${String(w.truthPairs).padStart(12)} ${String(w.predictedPairs).padStart(12)} ${cell(w.precision)} ${cell(w.recall)} ${cell(w.f1)}   (${note})\n`);
  }
}

function print(f: Figures): void {
  process.stdout.write(`${f.label.padEnd(22)} ${String(f.mentions).padStart(9)} ${f.seconds.toFixed(2).padStart(8)} ${f.cpuSeconds.toFixed(2).padStart(7)} ${(f.mainCpuSeconds ?? Number.NaN).toFixed(2).padStart(7)} ${f.generateSeconds.toFixed(2).padStart(6)} ${f.peakRssMb.toFixed(0).padStart(11)} ${String(f.families).padStart(9)} ${f.precision.toFixed(4).padStart(7)} ${f.recall.toFixed(4).padStart(7)} ${f.f1.toFixed(4).padStart(7)}\n`);
}

async function runChild(mode: string, size: number, seed: number, clean: boolean): Promise<Figures | Figures[]> {
  let t0 = performance.now();
  const corpus = clean ? { ...generateMentionCorpus({ size, seed }), tags: null } : generateNoisyMentionCorpus({ size, seed });
  const generateSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuSeconds();
  const result = threads > 1 ? await matchMentionsInParallel(corpus.mentions, { threads }) : matchMentions(corpus.mentions);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mainCpuSeconds = mainThreadCpuSeconds() - main0;
  const predicted = clustersOf(corpus, result);
  const scores = scoreNoiseKinds(predicted, corpus.truth, corpus.tags, NOISE_KINDS);
  const ours: Figures = {
    label: mode === "sample" ? "matchMentions (5k)" : "matchMentions", mentions: size, seconds, cpuSeconds, mainCpuSeconds, generateSeconds, peakRssMb: peakRssMb(), families: result.families.length,
    precision: scores.overall.precision ?? 1, recall: scores.overall.recall ?? 1, f1: scores.overall.f1 ?? 1,
    ...(corpus.tags === null ? {} : { byKind: scores.byKind }),
  };
  if (process.env.BENCH_MATCH_ERRORS !== undefined) reportErrors(corpus, predicted);
  if (process.env.BENCH_MATCH_DIGEST !== undefined) process.stderr.write(`families digest ${size}: ${digestOf(result)}\n`);
  if (mode !== "sample") return ours;
  t0 = performance.now();
  const naiveCpu0 = process.cpuUsage();
  const naive = naiveAllPairs(corpus, 0.7);
  const naiveSeconds = (performance.now() - t0) / 1000;
  const naiveCpu = process.cpuUsage(naiveCpu0);
  return [ours, { label: "naive all-pairs (5k)", mentions: size, seconds: naiveSeconds, cpuSeconds: (naiveCpu.user + naiveCpu.system) / 1e6, mainCpuSeconds: (naiveCpu.user + naiveCpu.system) / 1e6, generateSeconds, peakRssMb: peakRssMb(), families: new Set(naive).size, ...score(naive, corpus.truth) }];
}

/** BENCH_MATCH_DIGEST=1: SHA-256 of the whole result (families in order, with ids, members, variants), to compare two codes' output. */
function digestOf(result: MatchResult): string {
  const hash = createHash("sha256");
  for (const f of result.families) hash.update(`${JSON.stringify(f)}\n`);
  return hash.digest("hex");
}

/** user + system CPU seconds of the main thread (Linux: /proc/self/task/<pid>/stat, 100 ticks a second), NaN elsewhere */
function mainThreadCpuSeconds(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(")").pop()?.trim().split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function peakRssMb(): number {
  // maxRSS is in kilobytes
  return process.resourceUsage().maxRSS / 1024;
}

function clustersOf(corpus: MentionCorpus, result: MatchResult): Int32Array {
  const index = new Map(corpus.mentions.map((m, i) => [m.id, i]));
  const out = new Int32Array(corpus.mentions.length).fill(-1);
  result.families.forEach((f, k) => {
    for (const m of f.members) out[index.get(m.mentionId) ?? 0] = k;
  });
  return out;
}

/** Pairwise precision / recall / F1 over all mentions (scoreNoiseKinds; no pair is enumerated). */
function score(predicted: Int32Array, truth: Int32Array): { precision: number; recall: number; f1: number } {
  const { overall } = scoreNoiseKinds(predicted, truth, null, []);
  return { precision: overall.precision ?? 1, recall: overall.recall ?? 1, f1: overall.f1 ?? 1 };
}

/** Baseline: every pair compared (character-bigram Dice on normalised text), single linkage. */
function naiveAllPairs(corpus: MentionCorpus, threshold: number): Int32Array {
  const grams = corpus.mentions.map((m) => {
    const s = toNormalisedText(m.text).replace(/\s+/g, "");
    const g = new Int32Array(Math.max(0, s.length - 1));
    for (let i = 0; i + 1 < s.length; i++) g[i] = s.charCodeAt(i) * 65_536 + s.charCodeAt(i + 1);
    return g.sort();
  });
  const n = grams.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] ?? x] ?? x;
      x = parent[x] ?? x;
    }
    return x;
  };
  for (let i = 0; i < n; i++) {
    const a = grams[i] as Int32Array;
    for (let j = i + 1; j < n; j++) {
      const b = grams[j] as Int32Array;
      let p = 0;
      let q = 0;
      let common = 0;
      while (p < a.length && q < b.length) {
        const x = a[p] ?? 0;
        const y = b[q] ?? 0;
        if (x === y) {
          common++;
          p++;
          q++;
        } else if (x < y) p++;
        else q++;
      }
      if ((2 * common) / (a.length + b.length || 1) >= threshold) parent[find(j)] = find(i);
    }
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

/** BENCH_MATCH_ERRORS=1: counts of split and merged truth pairs by how the mentions were drawn. */
function reportErrors(corpus: MentionCorpus, predicted: Int32Array): void {
  const byTruth = new Map<number, number[]>();
  corpus.truth.forEach((t, i) => byTruth.set(t, [...(byTruth.get(t) ?? []), i]));
  const missed = new Map<string, number>();
  for (const members of byTruth.values()) {
    const first = members.find((i) => corpus.how[i] === "verbatim") ?? members[0] ?? 0;
    for (const i of members) if (predicted[i] !== predicted[first]) missed.set(corpus.how[i] ?? "", (missed.get(corpus.how[i] ?? "") ?? 0) + 1);
  }
  const byPred = new Map<number, number[]>();
  predicted.forEach((p, i) => byPred.set(p, [...(byPred.get(p) ?? []), i]));
  const wrong = new Map<string, number>();
  let examples = 0;
  for (const members of byPred.values()) {
    const truths = new Set(members.map((i) => corpus.truth[i]));
    if (truths.size < 2) continue;
    for (const i of members) wrong.set(corpus.how[i] ?? "", (wrong.get(corpus.how[i] ?? "") ?? 0) + 1);
    if (examples++ < 5) process.stderr.write(`mixed family: ${members.map((i) => `${corpus.how[i]}:${corpus.truth[i]}:${corpus.mentions[i]?.speaker}: ${corpus.mentions[i]?.text}`).join("\n   ")}\n`);
  }
  process.stderr.write(`not joined to their family (by draw): ${JSON.stringify(Object.fromEntries(missed))}\n`);
  process.stderr.write(`members of mixed families (by draw): ${JSON.stringify(Object.fromEntries(wrong))}\n`);
}
