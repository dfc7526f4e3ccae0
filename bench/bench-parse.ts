/**
 * Throughput of parse (parseArticle) and extract (extractQuotes), warm, in MB of article text per
 * CPU second, median of `--runs` runs (default 3). Real text first, generated second:
 *
 *   npx tsx bench/bench-parse.ts --data /work/shared/eval/polnear/polnear_train.jsonl \
 *     --data /work/shared/eval/basil [--runs 3] [--warmup 1] [--mb 20] [--skip-generated]
 *
 * The process runs with the V8 flag `quotetrail extract` sets (bin/quotetrail.mjs:
 * --no-allocation-site-pretenuring, printed with the figures); `--v8-pretenuring` keeps V8's
 * default instead (the figures before issue 9's round 7).
 *
 * `--warmup N` (default 1) passes run before the measured ones. After one pass V8 is still
 * compiling: on PolNeAR train TurboFan's work was about two fifths of the instructions of each of
 * the next two passes (callgrind), so the default figure is "warm" as the issue defines it, not
 * steady state; `--warmup 8` shows the steady state.
 *
 * `--data` (repeatable) names a .jsonl file or a directory of them (bench/read-bench-data.ts). The
 * generated corpus (`--mb` MB, default 20) mixes forum chrome, datelines, quotes in five mark styles,
 * reported speech, teasers, share prompts, related-link lists, a link-preview card, long one-line
 * paragraphs (up to ~20 kB) and a ~3,000-word Zipf-skewed vocabulary with names, numbers and commas. Prints figures; not a timed test.
 */
import { parseArgs } from "node:util";
import v8 from "node:v8";
import type { ParsedArticle, SourceDocument } from "../src/model/article.ts";
import type { BenchData } from "./read-bench-data.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", multiple: true, default: [] },
    runs: { type: "string", default: "3" },
    warmup: { type: "string", default: "1" },
    mb: { type: "string", default: "20" },
    "skip-generated": { type: "boolean", default: false },
    "v8-pretenuring": { type: "boolean", default: false },
  },
});
// the V8 flag `quotetrail extract` runs with (bin/quotetrail.mjs), set as it does before the code
// under test loads; `--v8-pretenuring` measures with V8's default instead
const V8_FLAGS = values["v8-pretenuring"] ? "" : "--no-allocation-site-pretenuring";
if (V8_FLAGS !== "") v8.setFlagsFromString(V8_FLAGS);
const { extractQuotes } = await import("../src/extract/extract-quotes.ts");
const { parseArticle } = await import("../src/ingest/parse-article.ts");
const { readBenchData } = await import("./read-bench-data.ts");
const runs = Math.max(1, Number(values.runs));
const warmups = Math.max(0, Number(values.warmup));
const targetMb = Number(values.mb);

const PLACES = ["MOSCOW", "Beijing", "TEHRAN", "Washington", "Geneva", "Ankara", "NEW YORK", "Brussels", "KYIV", "São Paulo"];
const WIRES = ["Reuters", "EFE", "AP", "TASS", "Xinhua", "AFP"];
/** function words, drawn often (news text is about half function words) */
const FUNCTION_WORDS = ("the of and to a in that is for on with as was by he it at from his be has have are " +
  "an this which but not they their had been were would will who or its more about after than into over also").split(" ");
const CUE = ["said", "told reporters", "added", "noted", "wrote on Twitter", "argued", "warned", "insisted", "according to officials"];
const SYLLABLES = ["ka", "lo", "mi", "ter", "san", "dor", "vel", "ri", "pol", "ne", "at", "ion", "ing", "ment", "con", "pre", "sta", "gu", "bar", "que"];

let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
/** ~3,000 distinct pseudo-words drawn with a Zipf-like skew, so the text has a news-sized vocabulary */
const CONTENT_WORDS = Array.from({ length: 3000 }, (_, i) => {
  let w = "";
  for (let n = i + 1, k = 0; k < 2 + (i % 3); k++, n = Math.floor(n / SYLLABLES.length) + i * 7 + k) w += SYLLABLES[n % SYLLABLES.length];
  return w;
});
function word(): string {
  if (rand(2) === 0) return FUNCTION_WORDS[rand(FUNCTION_WORDS.length)]!;
  const r = rand(1_000_000) / 1_000_000;
  const w = CONTENT_WORDS[Math.floor(r * r * r * CONTENT_WORDS.length)]!;
  const roll = rand(40);
  return roll === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : roll === 1 ? `${w},` : roll === 2 ? `${rand(2030)}` : w;
}
function name(): string {
  const w = () => { const x = CONTENT_WORDS[rand(CONTENT_WORDS.length)]!; return x.charAt(0).toUpperCase() + x.slice(1); };
  return `${w()} ${w()}`;
}
function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(word());
  const s = out.join(" ").replace(/,$/, "");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}
/** quote-mark styles seen in real news: curly, straight, single, guillemets */
const MARKS: [string, string][] = [["“", "”"], ["\"", "\""], ["‘", "’"], ["«", "»"], ["'", "'"]];
function article(i: number): string {
  const day = 1 + rand(27);
  const [open, close] = MARKS[rand(MARKS.length)]!;
  const speaker = name();
  const lines = [` date 2023-08-${String(day + 1).padStart(2, "0")} What's new`, "", `Headline number ${i} about talks and cooperation`, "", "user" + i, "", "ELITE MEMBER", "Joined", "Nov 4, 2011", "Messages", "1,234", ""];
  const lede = `${PLACES[rand(PLACES.length)]}, Aug ${day} (${WIRES[rand(WIRES.length)]}).- ${sentence(25)} the minister said on Tuesday.`;
  lines.push(lede, "");
  const paragraphs = 6 + rand(10);
  for (let p = 0; p < paragraphs; p++) {
    if (p % 2 === 1) {
      lines.push(rand(2) === 0
        ? `${open}${sentence(20).slice(0, -1)},${close} ${speaker} ${CUE[rand(CUE.length)]}. ${open}${sentence(12)}${close}`
        : `${name()}, a ${word()} official, ${CUE[rand(CUE.length)]} that ${sentence(18).toLowerCase()}`, "");
    } else if (rand(30) === 0) {
      // a long line: a whole story pasted as one paragraph (1-20 kB), as scraped pages often have
      lines.push(Array.from({ length: 8 + (rand(10) === 0 ? rand(150) : rand(30)) }, () => sentence(8 + rand(25))).join(" "), "");
    } else {
      lines.push(`${sentence(30)} ${sentence(15)}`, "");
    }
    if (p === 3) lines.push(`READ: ${sentence(8)}`, "");
  }
  lines.push("www.reuters.com", "", `Headline number ${i} about talks and cooperation`, `${lede.slice(0, 120)}...`, "");
  lines.push("Share this:", "Twitter", "Facebook", "", "Similar threads", "", sentence(7).slice(0, -1), "user9", "Replies", "14", "Views", "1K", "");
  return lines.join("\n");
}

function generatedData(megabytes: number): BenchData {
  const documents: SourceDocument[] = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    documents.push({ file: `gen/${i}.txt`, format: "txt", text, given: {}, rawHash: "", raw: text });
  }
  return { label: `generated (${megabytes} MB, seed 42)`, documents, bytes };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

interface RunFigures { parse: number; extract: number; quotes: number }

function runOnce(docs: readonly SourceDocument[]): RunFigures {
  let cpu = process.cpuUsage();
  const articles: ParsedArticle[] = docs.map((d) => parseArticle(d, {}));
  const parse = cpuSeconds(cpu);
  cpu = process.cpuUsage();
  let quotes = 0;
  for (const a of articles) if (a.mined) quotes += extractQuotes(a).quotes.length;
  return { parse, extract: cpuSeconds(cpu), quotes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function report(data: BenchData): void {
  for (let w = 0; w < warmups; w++) runOnce(data.documents); // warm-up: JIT and lexicon caches are not charged to the figures
  const figures = Array.from({ length: runs }, () => runOnce(data.documents));
  const mb = data.bytes / 1e6;
  const parse = median(figures.map((f) => f.parse));
  const extract = median(figures.map((f) => f.extract));
  const both = median(figures.map((f) => f.parse + f.extract));
  console.log(`${data.label}: ${data.documents.length} articles, ${mb.toFixed(2)} MB of text, ${figures[0]?.quotes ?? 0} quotes`);
  console.log(
    `  warm CPU (after ${warmups} warm-up pass${warmups === 1 ? "" : "es"}), median of ${runs}: parse ${(mb / parse).toFixed(1)} MB/s, extract ${(mb / extract).toFixed(1)} MB/s, ` +
      `parse + extract ${(mb / both).toFixed(1)} MB/s (${both.toFixed(2)} CPU s)`,
  );
}

for (const dataPath of values.data ?? []) report(readBenchData(dataPath));
if (!values["skip-generated"]) report(generatedData(targetMb));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; V8 flags: ${V8_FLAGS === "" ? "(V8's defaults)" : `${V8_FLAGS} (as quotetrail extract)`}`);
