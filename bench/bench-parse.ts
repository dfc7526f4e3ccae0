/**
 * Throughput of the pure ingest stage (parseArticle) on a generated corpus of news-shaped pages:
 * `npx tsx bench/bench-parse.ts [megabytes=50]`. Prints MB/s and articles/s; not a timed test.
 * Pages mix forum chrome, datelines, quotes, teasers, share prompts, related-link lists and a
 * link-preview card, so every classification path runs.
 */
import { parseArticle } from "../src/ingest/parse-article.ts";
import type { SourceDocument } from "../src/model/article.ts";

const targetMb = Number(process.argv[2] ?? 50);
const PLACES = ["MOSCOW", "Beijing", "TEHRAN", "Washington", "Geneva", "Ankara"];
const WIRES = ["Reuters", "EFE", "AP", "TASS", "Xinhua", "AFP"];
const WORDS = "the minister said that talks on security cooperation would continue next week after officials from both countries met in the capital to discuss trade energy and defence issues while analysts warned of risks".split(" ");

let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[rand(WORDS.length)]!);
  const s = out.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}
function article(i: number): string {
  const day = 1 + rand(27);
  const lines = [` date 2023-08-${String(day + 1).padStart(2, "0")} What's new`, "", `Headline number ${i} about talks and cooperation`, "", "user" + i, "", "ELITE MEMBER", "Joined", "Nov 4, 2011", "Messages", "1,234", ""];
  const lede = `${PLACES[rand(PLACES.length)]}, Aug ${day} (${WIRES[rand(WIRES.length)]}).- ${sentence(25)} the minister said on Tuesday.`;
  lines.push(lede, "");
  const paragraphs = 6 + rand(10);
  for (let p = 0; p < paragraphs; p++) {
    if (p % 3 === 1) lines.push(`“${sentence(20)}” ${["he said", "she added", "the spokesman told reporters"][rand(3)]}.`, "");
    else lines.push(`${sentence(30)} ${sentence(15)}`, "");
    if (p === 3) lines.push(`READ: ${sentence(8)}`, "");
  }
  lines.push("www.reuters.com", "", `Headline number ${i} about talks and cooperation`, `${lede.slice(0, 120)}...`, "");
  lines.push("Share this:", "Twitter", "Facebook", "", "Similar threads", "", sentence(7).slice(0, -1), "user9", "Replies", "14", "Views", "1K", "");
  return lines.join("\n");
}

const docs: SourceDocument[] = [];
let bytes = 0;
for (let i = 0; bytes < targetMb * 1024 * 1024; i++) {
  const text = article(i);
  bytes += Buffer.byteLength(text);
  docs.push({ file: `gen/${i}.txt`, format: "txt", text, given: {}, rawHash: "", raw: text });
}
for (const d of docs.slice(0, 200)) parseArticle(d, {}); // warm up
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let body = 0;
for (const d of docs) body += parseArticle(d, {}).cleanBody.length;
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1024 / 1024;
console.log(`parseArticle: ${docs.length} articles, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s`);
console.log(`  ${(mb / seconds).toFixed(1)} MB/s, ${(docs.length / seconds).toFixed(0)} articles/s (cleaned body ${(body / 1024 / 1024).toFixed(1)} MB)`);
console.log(`  CPU time ${cpuSeconds.toFixed(2)} s: ${(mb / cpuSeconds).toFixed(1)} MB per CPU-second (wall figures suffer when other work shares the cores)`);
console.log(`  peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
