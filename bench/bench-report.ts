/**
 * Report benchmark (issue 5: 10,000 families in under a minute): generates a corpus of 10,000
 * families (2-8 mentions each, spread over 300 outlets and 4,000 articles, with variants, changes,
 * quote-level sources and article credits), then times traceProvenance, renderReport for md, html
 * and json, the three rendered and written to disk, and one auditQuote. Prints figures; not a timed test.
 *   npx tsx bench/bench-report.ts [families]
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeReportFiles } from "../src/app/write-report-files.ts";
import { auditQuote } from "../src/audit/audit-quote.ts";
import type { OutletRef } from "../src/model/article.ts";
import type { CorpusArticle, CorpusMention } from "../src/model/corpus.ts";
import type { Change, FamilyMember, LinkType, QuoteFamily, Variant } from "../src/model/family.ts";
import { makeStableId } from "../src/model/make-stable-id.ts";
import { traceProvenance } from "../src/provenance/trace-provenance.ts";
import { renderReport } from "../src/report/render-report.ts";

const FAMILIES = Number(process.argv[2] ?? 10_000);
const OUTLETS = 300;
const ARTICLES = Math.max(50, Math.round(FAMILIES * 0.4));
const AGENCIES = ["TASS", "Reuters", "AP", "AFP", "EFE", "Xinhua", "Sputnik", "IRNA", "Fars", "Anadolu"];
const WORDS = ("security cooperation mechanism strengthen continue defence military drills joint space wider larger " +
  "exhibition weighty organisation shared future community framework ready hold promote relations entering stage " +
  "development increase principles charter committed growing capabilities region partners dialogue stability").split(" ");

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const outlets: OutletRef[] = Array.from({ length: OUTLETS }, (_, i) => ({
  name: `Outlet ${i}`, domain: `outlet${i}.example`, kind: pick(["newspaper", "blog", "forum", "broadcaster"] as const), country: null,
}));
const articleMentions: { article: number; localId: string; text: string; source: string | null; speaker: string }[][] =
  Array.from({ length: ARTICLES }, () => []);
const families: QuoteFamily[] = [];

for (let f = 0; f < FAMILIES; f++) {
  const length = 12 + Math.floor(random() * 20);
  const words = Array.from({ length }, () => pick(WORDS));
  const canonical = words.join(" ");
  const speaker = `Speaker ${Math.floor(random() * 500)}`;
  const origin = pick(AGENCIES);
  const size = 2 + Math.floor(random() * 7);
  const variants = new Map<string, Variant>();
  const members: FamilyMember[] = [];
  for (let m = 0; m < size; m++) {
    const article = Math.floor(random() * ARTICLES);
    let text = canonical;
    let link: LinkType = m === 0 ? "canonical" : "verbatim";
    let changes: Change[] = [];
    if (m > 0 && random() < 0.4) {
      const at = Math.floor(random() * length);
      const replacement = pick(WORDS);
      const copy = [...words];
      copy[at] = replacement;
      text = copy.join(" ");
      link = "variant";
      changes = [{ type: "substitution", from: words[at] ?? "", to: replacement, severity: random() < 0.2 ? "high" : "medium" }];
    }
    const normalised = text.toLowerCase();
    const variant = variants.get(normalised) ?? {
      id: makeStableId("qv", f, normalised), text, normalised, fidelity: changes.length ? 0.9 : 1, similarity: changes.length ? 0.92 : 1, changes,
    };
    variants.set(normalised, variant);
    const localId = `q${articleMentions[article]?.length ?? 0}`;
    articleMentions[article]?.push({ article, localId, text, source: random() < 0.7 ? (random() < 0.85 ? origin : pick(AGENCIES)) : null, speaker });
    members.push({ mentionId: makeStableId("qm", `art-${article}`, localId), variantId: variant.id, link, fidelity: variant.fidelity, similarity: variant.similarity, changes });
  }
  const first = members[0];
  const firstVariant = [...variants.values()][0];
  if (!first || !firstVariant) continue;
  families.push({
    id: makeStableId("qf", f, canonical), speaker, canonicalMentionId: first.mentionId, canonicalVariantId: firstVariant.id,
    variants: [...variants.values()], members,
  });
}

const articles: CorpusArticle[] = [];
const mentions: CorpusMention[] = [];
for (let a = 0; a < ARTICLES; a++) {
  const outlet = outlets[a % OUTLETS] ?? null;
  const parts = [`Moscow, Aug 15 (${pick(AGENCIES)}).- Minister spoke at the 11th Moscow Conference on International Security.`];
  const spans: { m: (typeof articleMentions)[number][number]; start: number; sourceStart: number; sourceMention: string }[] = [];
  let offset = parts[0]?.length ?? 0;
  for (const m of articleMentions[a] ?? []) {
    const sourceMention = m.source ? `according to ${m.source}` : "";
    const paragraph = `\n“${m.text},” ${m.speaker} said${m.source ? `, ${sourceMention}` : ""}.`;
    spans.push({ m, start: offset + 2, sourceStart: offset + paragraph.indexOf(sourceMention), sourceMention });
    parts.push(paragraph);
    offset += paragraph.length;
  }
  const text = parts.join("");
  const day = 1 + (a % 28);
  const wire = /\((\w+)\)/.exec(text)?.[1] ?? "EFE";
  articles.push({
    id: `art-${a}`, versionId: `artv-${a}`, file: `gen/${a}.txt`, url: `https://${outlet?.domain}/story/${a}`, title: `Story ${a}`,
    outlet, publishedAt: `2023-08-${String(day).padStart(2, "0")}`, eventDate: a % 10 === 0 ? "2023-08-01" : null, language: "en",
    credits: [{ name: wire, mention: `(${wire})`, kind: "wire", start: text.indexOf(`(${wire})`), end: text.indexOf(`(${wire})`) + wire.length + 2 }],
    text,
  });
  for (const { m, start, sourceStart, sourceMention } of spans) {
    mentions.push({
      id: makeStableId("qm", `art-${a}`, m.localId), articleId: `art-${a}`, localId: m.localId, text: m.text, start, end: start + m.text.length,
      kind: "direct", speaker: { name: m.speaker, mention: m.speaker, start: 0, end: 0 }, cue: null,
      source: m.source ? { name: m.source, mention: sourceMention, start: sourceStart, end: sourceStart + sourceMention.length, scope: "sentence" } : null,
      repeatOf: null, confidence: 0.9, rule: "bench",
    });
  }
}
articles.sort((x, y) => (x.id < y.id ? -1 : 1));
mentions.sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start));
const corpus = { articles, mentions };
const match = { families };

const seconds = (from: number): string => ((performance.now() - from) / 1000).toFixed(2);
console.log(`corpus: ${families.length} families, ${mentions.length} mentions, ${articles.length} articles, ${OUTLETS} outlets`);
let t = performance.now();
const provenance = traceProvenance(corpus, match);
console.log(`traceProvenance: ${seconds(t)} s`);
const input = { corpus, match, provenance, generatedAt: "2024-01-01T00:00:00.000Z" };
for (const formats of [["md"], ["html"], ["json"], ["md", "html", "json"]] as const) {
  t = performance.now();
  const files = renderReport(input, { formats });
  const bytes = files.reduce((sum, f) => sum + f.content.length, 0);
  console.log(`renderReport ${formats.join(",").padEnd(11)}: ${seconds(t)} s, ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
}
{
  // the whole `quotetrail report` minus the database read: render all formats and write the files
  const out = await mkdtemp(path.join(os.tmpdir(), "quotetrail-bench-report-"));
  t = performance.now();
  const files = renderReport(input, { formats: ["md", "html", "json"] });
  await writeReportFiles(out, files);
  console.log(`render + write md,html,json: ${seconds(t)} s, ${files.length} files written`);
  await rm(out, { recursive: true, force: true });
}
t = performance.now();
const audit = auditQuote({ text: families[123]?.variants[0]?.text.split(" ").slice(2, 9).join(" ") ?? "" }, input);
console.log(`auditQuote (fuzzy, over all families): ${seconds(t)} s, found ${audit.family?.id ?? "nothing"}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
