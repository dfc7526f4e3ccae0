/**
 * `npm run eval:spans -- --data <basil dir> [--misses K] [--json]`
 *
 * Extraction coverage on BASIL without a database: every article of `*_articles.jsonl` is read,
 * parsed and extracted as `quotetrail extract` does (src/app/read-articles.ts), then each labelled
 * span of `*_pairs.jsonl` (and of `*_speakers.jsonl`, reported apart) is found when an extracted
 * quote of its article overlaps it >= 0.3 (measure-span-coverage.ts); the speaker labels are also
 * scored as eval:match scores them (speaker right / label found). `--misses K` prints up to K
 * spans not found with their context (the span in ⟦...⟧) and the nearest quote. The data is read
 * through the path argument only, never copied.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../src/app/read-articles.ts";
import type { ExtractedQuote } from "../src/model/quote.ts";
import { measureOverlap } from "./measure-overlap.ts";
import { measureSpanCoverage, type LabelledSpan, type SpanCoverageReport } from "./measure-span-coverage.ts";
import { namesGroup } from "./names-group.ts";
import { namesLabelledSpeaker } from "./names-labelled-speaker.ts";

const USAGE = `usage: npm run eval:spans -- --data <dir with *_articles.jsonl and *_pairs.jsonl> [--misses K] [--json]
  --data DIR    a BASIL directory (e.g. ../shared/eval/basil); read, never copied
  --misses K    print up to K labelled spans not extracted, with context
  --json        print the figures (and the misses) as one JSON document`;

interface ArticleRecord { triplet: string; source: string; text: string }

async function main(argv: readonly string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { data: { type: "string" }, misses: { type: "string" }, json: { type: "boolean", default: false } }, strict: true }));
  } catch (error) {
    return fail(2, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.data) return fail(2, `--data is required\n${USAGE}`);
  if (values.misses !== undefined && !/^\d+$/.test(values.misses)) return fail(2, `--misses wants a whole number\n${USAGE}`);
  const missCount = Number(values.misses ?? 0);
  let names: string[];
  try {
    names = readdirSync(values.data);
  } catch (error) {
    return fail(1, `cannot read --data ${values.data}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const pick = (suffix: string): string | null => {
    const name = names.find((n) => n.endsWith(suffix));
    return name ? join(values.data as string, name) : null;
  };
  const articlesPath = pick("_articles.jsonl");
  const pairsPath = pick("_pairs.jsonl");
  if (!articlesPath || !pairsPath) return fail(1, `--data ${values.data} holds no *_articles.jsonl and *_pairs.jsonl`);
  const speakersPath = pick("_speakers.jsonl");

  // the article of each line, so that "<file>#L<n>" names (triplet, source)
  const records: ArticleRecord[] = readLines(articlesPath).map((r) => r as ArticleRecord);
  const quotes = new Map<string, ExtractedQuote[]>();
  const texts = new Map<string, string>();
  let ms = 0;
  let started = performance.now();
  for await (const item of readArticles({ paths: [articlesPath], cwd: process.cwd() })) {
    if (!("article" in item)) continue;
    ms += performance.now() - started;
    const line = Number(/#L(\d+)$/.exec(item.article.file)?.[1] ?? 0);
    const record = records[line - 1];
    if (record) {
      const key = articleKey(record.triplet, record.source);
      quotes.set(key, item.extraction?.quotes ?? []);
      texts.set(key, item.article.text);
    }
    started = performance.now();
  }
  const spanMap = new Map([...quotes].map(([k, qs]) => [k, qs.map((q) => [q.start, q.end] as const)]));

  const pairSpans: LabelledSpan[] = [];
  type Side = { outlet: string; start: number; end: number };
  const pairRecords = readLines(pairsPath) as { triplet: string; a: Side; b: Side; label: string }[];
  for (const p of pairRecords) {
    for (const side of [p.a, p.b]) pairSpans.push({ article: articleKey(p.triplet, side.outlet), start: side.start, end: side.end });
  }
  const pairs = measureSpanCoverage(pairSpans, spanMap);
  // the figure: "same" pairs whose two spans are both found
  const foundKeys = new Set(pairs.spans.filter((c) => c.found).map((c) => `${c.span.article} ${c.span.start} ${c.span.end}`));
  const sideFound = (t: string, x: Side): boolean => foundKeys.has(`${articleKey(t, x.outlet)} ${x.start} ${x.end}`);
  const same = pairRecords.filter((p) => p.label === "same");
  const sameBoth = same.filter((p) => sideFound(p.triplet, p.a) && sideFound(p.triplet, p.b)).length;
  const speakerLabels = speakersPath ? (readLines(speakersPath) as { triplet: string; source: string; start: number; end: number; speaker: string }[]) : [];
  const speakers = speakersPath
    ? measureSpanCoverage(speakerLabels.map((s) => ({ article: articleKey(s.triplet, s.source), start: s.start, end: s.end })), spanMap)
    : null;
  // the speaker figure of eval:match without a database: each label's quote as in find-span-mention.ts,
  // right when its resolved speaker names the labelled person (names-labelled-speaker.ts)
  let speakerFound = 0;
  let speakerRight = 0;
  // the same figure on labels naming one person and on labels naming a group, reported apart (names-group.ts)
  const byLabel = { person: { found: 0, right: 0 }, group: { found: 0, right: 0 } };
  for (const label of speakerLabels) {
    let best: ExtractedQuote | null = null;
    let bestOverlap = 0;
    for (const q of quotes.get(articleKey(label.triplet, label.source)) ?? []) {
      const overlap = measureOverlap([label.start, label.end], [q.start, q.end]);
      if (overlap >= 0.3 && overlap > bestOverlap) { best = q; bestOverlap = overlap; }
    }
    if (!best) continue;
    speakerFound++;
    const side = byLabel[namesGroup(label.speaker) ? "group" : "person"];
    side.found++;
    if (namesLabelledSpeaker(label.speaker, best.speaker?.name ?? null)) { speakerRight++; side.right++; }
  }
  // the pair spans' misses first: they are the protocol's
  const missed = [...pairs.spans.map((c) => ["pair", c] as const), ...(speakers?.spans ?? []).map((c) => ["speaker", c] as const)].filter(([, c]) => !c.found);
  const missText = missed.slice(0, missCount).map(([set, c]) => `${set} ${describeMiss(c, texts.get(c.span.article) ?? "", quotes.get(c.span.article) ?? [])}`);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ data: values.data, articles: quotes.size, pairs: figures(pairs), samePairsBothFound: { pairs: same.length, both: sameBoth }, speakers: speakers ? { ...figures(speakers), labelsFound: speakerFound, right: speakerRight, byLabel } : null, extractMs: Math.round(ms), misses: missText }, null, 2)}\n`);
    return;
  }
  const lines = [
    `BASIL span coverage (extracted quote overlapping >= 0.3) — ${values.data}`,
    `articles ${quotes.size}, quotes ${[...quotes.values()].reduce((n, q) => n + q.length, 0)}, extraction ${(ms / 1000).toFixed(2)} s`,
    `pair spans     found ${pairs.found}/${pairs.spans.length} = ${pairs.share.toFixed(3)}`,
    `same pairs     both spans found ${sameBoth}/${same.length}`,
  ];
  if (speakers) lines.push(`speaker spans  found ${speakers.found}/${speakers.spans.length} = ${speakers.share.toFixed(3)}`);
  if (speakers) lines.push(`speakers right ${speakerRight} of ${speakerFound} labels found = ${(speakerFound === 0 ? 0 : speakerRight / speakerFound).toFixed(3)} (eval:match's speaker figure, without a database)`);
  if (speakers) lines.push(`  of which labels naming one person: right ${byLabel.person.right} of ${byLabel.person.found} found; naming a group ("Democratic lawmakers"): right ${byLabel.group.right} of ${byLabel.group.found}`);
  if (missText.length > 0) lines.push("", `misses (${missText.length} of ${missed.length}):`, ...missText.map((m) => `- ${m}`));
  process.stdout.write(`${lines.join("\n")}\n`);
}

function figures(r: SpanCoverageReport): { spans: number; found: number; share: number } {
  return { spans: r.spans.length, found: r.found, share: Number(r.share.toFixed(4)) };
}

function articleKey(triplet: string, source: string): string {
  return `${triplet}/${source}`;
}

function readLines(path: string): unknown[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown);
}

/** "<article> [s,e): …context ⟦span⟧ context… | nearest: [s,e) rule overlap" */
function describeMiss(c: SpanCoverageReport["spans"][number], text: string, quotes: readonly ExtractedQuote[]): string {
  const { start, end } = c.span;
  const flat = (s: string): string => s.replace(/\s+/g, " ");
  const context = `${flat(text.slice(Math.max(0, start - 160), start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, end + 80))}`;
  const q = c.best ? quotes[c.best.index] : undefined;
  const nearest = q && c.best ? `[${q.start},${q.end}) ${q.rule} overlap ${c.best.overlap.toFixed(2)}, ${q.end - q.start} chars` : "no quote overlaps";
  return `${c.span.article} [${start},${end}): …${context}…\n    nearest: ${nearest}`;
}

function fail(code: number, message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

await main(process.argv.slice(2));
