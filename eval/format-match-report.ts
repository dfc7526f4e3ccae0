import type { BasilSpanRef, EvalFamily, EvalMention } from "./match-types.ts";
import { MISS_REASONS, type MatchScore, type ScoredPair } from "./score-match-pairs.ts";
import type { SpeakerScore } from "./score-speakers.ts";

export interface MatchEvalReport {
  data: string;
  /** where the fresh database lived */
  where: string;
  ingest: {
    articles: number;
    rejected: number;
    mentions: number;
    families: number;
    multiOutletFamilies: number;
    ingestSeconds: number;
    matchSeconds: number;
  };
  match: MatchScore;
  /** null when the data has no speakers file */
  speakers: SpeakerScore | null;
}

export interface FormatMatchReportOptions {
  explain: boolean;
  /** the labelled span's text in its article */
  spanText: (span: BasilSpanRef) => string;
  families: ReadonlyMap<string, EvalFamily>;
}

const DRIFT_LABELS: Record<string, string> = {
  identical: "identical wording in two outlets",
  typography: "typography only (marks, dashes, case)",
  partial: "one side quotes a fragment (partial)",
  variant: "reworded variants",
};

/** The eval:match table (and, with `explain`, every missed pair, wrong merge and wrong speaker). */
export function formatMatchReport(report: MatchEvalReport, options: FormatMatchReportOptions): string {
  const { match: m, speakers: s, ingest: i } = report;
  const lines: string[] = [];
  lines.push(`BASIL cross-outlet matching — data ${report.data}`);
  lines.push(`database: ${report.where}`);
  lines.push(
    `ingested ${i.articles} articles (${i.rejected} rejected): ${i.mentions} quotes in ${i.families} families, ` +
      `${i.multiOutletFamilies} across outlets; ingest+match ${i.ingestSeconds.toFixed(1)} s, match again ${i.matchSeconds.toFixed(1)} s`,
  );
  lines.push(`pairs: ${m.pairs.same} same, ${m.pairs.different} different, ${m.pairs.unsure} unsure (not scored)`);
  lines.push("");
  const rows: [string, string][] = [
    ['precision of "same" (both spans extracted)', m.precision === null ? "— (nothing predicted same)" : `${fix(m.precision)} (${m.truePositives} of ${m.truePositives + m.falsePositives})`],
    ["same pairs that end in one family (end-to-end recall)", `${fix(m.recall)} (${m.truePositives} of ${m.pairs.same})`],
    ["end-to-end F1", fix(m.f1)],
    ...m.byDrift.map((d): [string, string] => [DRIFT_LABELS[d.drift] ?? d.drift, `${d.matched} of ${d.total} (${fix(d.recall)}; both spans extracted for ${d.bothExtracted})`]),
    ["wrong merges (different pairs in one family)", `${m.wrongMerges.length}` + (m.wrongMerges.length > 0 ? ` (${routeCounts(m)})` : "")],
    ["labelled spans not extracted at all", `${percent(m.spans.share)} (${m.spans.notExtracted} of ${m.spans.labelled}; both spans found for ${m.bothExtracted.same} of ${m.pairs.same} same pairs)`],
  ];
  if (s !== null) rows.push(["speaker of a found quote right (BASIL speakers)", `${fix(s.accuracy)} (${s.right} of ${s.found} found, of ${s.labelled} labelled; ${s.noSpeaker} found without a speaker)`]);
  if (s !== null) rows.push(["  of which labels naming one person / a group", `${s.byLabel.person.right} of ${s.byLabel.person.found} / ${s.byLabel.group.right} of ${s.byLabel.group.found} (names-group.ts)`]);
  const width = Math.max(...rows.map((r) => r[0].length));
  lines.push(`${"figure".padEnd(width)}  value`);
  for (const [label, value] of rows) lines.push(`${label.padEnd(width)}  ${value}`);
  lines.push("");
  lines.push(`missed same pairs (${m.missed.length}) by reason: ${MISS_REASONS.map((r) => `${r} ${m.missReasons[r]}`).join(", ")}`);
  if (m.wrongMerges.length > 0) {
    lines.push("wrong merges:");
    for (const w of m.wrongMerges) lines.push(...describePair(`[through ${w.through}${w.forcedByLabels ? ", forced by the labels: each side is labelled same as one third span" : ""}] family ${w.familyId}`, w, options));
  }
  if (!options.explain) {
    lines.push("(--explain lists every missed pair and wrong speaker)");
    return lines.join("\n");
  }
  lines.push("", `missed same pairs (${m.missed.length}):`);
  m.missed.forEach((p, k) => lines.push(...describePair(`#${k + 1} ${p.pair.drift ?? "?"} · ${p.reason}`, p, options)));
  if (s !== null) {
    const wrong = s.items.filter((x) => x.mention !== null && !x.right);
    lines.push("", `found quotes with a wrong or no speaker (${wrong.length}):`);
    for (const x of wrong) {
      lines.push(`  ${short(x.label.triplet)}/${x.label.source} [${x.label.start},${x.label.end}) labelled ${JSON.stringify(x.label.speaker)} — ${describeMention(x.mention, options.families)}`);
      lines.push(`      span: ${clip(x.label.text)}`);
    }
    const missing = s.items.filter((x) => x.mention === null);
    lines.push("", `labelled speaker spans not found (${missing.length}):`);
    for (const x of missing) lines.push(`  ${short(x.label.triplet)}/${x.label.source} [${x.label.start},${x.label.end}) ${JSON.stringify(x.label.speaker)}: ${clip(x.label.text)}`);
  }
  return lines.join("\n");
}

function describePair(head: string, p: ScoredPair, options: FormatMatchReportOptions): string[] {
  const out = [`  ${head} · triplet ${short(p.pair.triplet)}${p.pair.note ? ` · note: ${p.pair.note}` : ""}`];
  for (const [span, mention] of [[p.pair.a, p.a], [p.pair.b, p.b]] as const) {
    out.push(`    ${span.source} [${span.start},${span.end}) ${clip(options.spanText(span))}`);
    out.push(`        ${describeMention(mention, options.families)}`);
  }
  return out;
}

function describeMention(mention: EvalMention | null, families: ReadonlyMap<string, EvalFamily>): string {
  if (mention === null) return "not extracted (no mention overlaps >= 0.3)";
  const speaker = mention.speaker === null ? "no speaker" : `speaker ${JSON.stringify(mention.speaker)}${mention.speakerMention && mention.speakerMention !== mention.speaker ? ` (as ${JSON.stringify(mention.speakerMention)})` : ""}`;
  const family = mention.familyId === null ? "in no family" : describeFamily(families.get(mention.familyId), mention.familyId, mention.link);
  return `mention ${mention.id} [${mention.start},${mention.end}) ${mention.kind} ${mention.rule}, ${speaker}; ${family}; text ${clip(mention.text, 100)}`;
}

function describeFamily(family: EvalFamily | undefined, id: string, link: string | null): string {
  if (family === undefined) return `family ${id}`;
  return `family ${id} (${family.size} member${family.size === 1 ? "" : "s"}, speaker ${JSON.stringify(family.speaker)}, link ${link ?? "?"})`;
}

function routeCounts(m: MatchScore): string {
  const counts = new Map<string, number>();
  for (const w of m.wrongMerges) counts.set(w.through, (counts.get(w.through) ?? 0) + 1);
  const forced = m.wrongMerges.filter((w) => w.forcedByLabels).length;
  return [...counts].map(([k, n]) => `through ${k} ${n}`).join(", ") + (forced > 0 ? `; ${forced} forced by the labels` : "");
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function short(id: string): string {
  return id.slice(0, 8);
}

function fix(x: number): string {
  return x.toFixed(2);
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}
