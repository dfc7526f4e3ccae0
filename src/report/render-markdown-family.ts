import type { FamilyReport } from "../view/build-report-data.ts";
import { describeSpeakerVotes } from "../view/describe-speaker-votes.ts";
import type { DiffSegment } from "../view/compute-word-diff.ts";
import { buildFamilyGraph } from "./build-family-graph.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { formatScore } from "./format-score.ts";
import type { PageContext } from "./build-page-context.ts";
import { renderMarkdownEntityLink } from "./render-markdown-entity-link.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";
import { renderMarkdownOccurrences } from "./render-markdown-occurrences.ts";
import { renderMarkdownOccurrenceRow } from "./render-markdown-occurrence-row.ts";
import { renderMermaidGraph } from "./render-mermaid-graph.ts";
import { FLAG_DEFINITIONS } from "../provenance/occurrence-flags.ts";

/**
 * families/<id>.md: summary (the reference wording and why it is the reference), timeline by
 * page date (article title linked to its URL, or its file name) with the flags' definitions, provenance graph (Mermaid) and chain, every variant with its word diff
 * from the reference wording (<del>/<ins>, not colour alone; a paraphrase with its similarity
 * only), change classes with severity, the outlets carrying it (linked to their pages), and the
 * legend. All article text goes through escapeMarkdown.
 */
export function renderMarkdownFamily(family: FamilyReport, context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const out: string[] = [];
  out.push(`# Quote family ${md(family.id)}`, "");
  out.push(`> ${md(family.canonical.text)}`, "");
  out.push(`- **Speaker:** ${renderMarkdownEntityLink("speakers", family.speaker, context, "../")}`);
  const speakers = describeSpeakerVotes(family.speakers);
  if (speakers !== null) out.push(`- **Speakers the outlets name:** ${md(speakers)}`);
  out.push(`- **Said:** ${md(family.setting)}`);
  out.push(`- **First appearance:** ${md(family.firstAppearance.outlet)}, ${md(family.firstAppearance.date)}`);
  out.push(`- **Reference wording:** ${md(family.canonical.outlet)}, page date ${md(family.canonical.publishedAt)} — ${md(family.canonical.reason)}`);
  out.push(`- **Attributed origin:** ${md(family.origin)}`);
  out.push(`- **Spread:** ${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift severity: ${family.maxSeverity ?? "none"}`);
  out.push(`- **Corpus as of:** ${md(context.corpusAsOf)} (latest page date) · **report generated** ${md(context.generatedAt)}`, "");

  out.push("## Timeline", "");
  out.push("By page date (when each outlet published it), with the date of the event beside it.", "");
  const timeline = { root: "../", showFamily: false, showOutlet: true, showChanges: false };
  out.push(renderMarkdownOccurrences(family.occurrences.map((occurrence) => renderMarkdownOccurrenceRow({ family, occurrence }, context, timeline)), timeline));
  out.push("");
  const flags = family.flagCounts.map((f) => f.flag);
  if (flags.length > 0) {
    out.push("Flags:", "");
    for (const flag of flags) out.push(`- **${flag}**: ${FLAG_DEFINITIONS.get(flag) ?? ""}`);
    out.push("");
  }

  out.push("## Provenance graph", "");
  const graph = buildFamilyGraph(family);
  out.push("```mermaid", renderMermaidGraph(graph), "```", "");
  if (family.chain.length === 0) out.push("No relay chain: no occurrence credits a source.");
  for (const link of family.chain) {
    out.push(`- ${md(link.from)} → ${md(link.to)} — evidence: “${md(link.evidence)}”`);
  }
  out.push("");

  out.push("## Variants", "");
  family.variants.forEach((variant, index) => {
    out.push(`### Variant ${index + 1}${variant.isCanonical ? " (reference)" : variant.isParaphrase ? " (paraphrase)" : ""} — ${md(variant.id)}`, "");
    if (variant.isParaphrase) {
      out.push(`Paraphrase: the outlet's own words, similarity ${formatScore(variant.similarity)} to the reference · carried by ${md(variant.outlets.join(", "))}`, "");
      out.push(`> ${md(variant.text)}`, "");
      return;
    }
    out.push(`Fidelity ${formatScore(variant.fidelity)} · similarity ${formatScore(variant.similarity)} · carried by ${md(variant.outlets.join(", "))}`, "");
    out.push(`> ${renderMarkdownDiff(variant.diff)}`, "");
    if (variant.changes.length > 0) {
      out.push("| Change | From | To | Severity |", "| --- | --- | --- | --- |");
      for (const c of variant.changes) out.push(`| ${c.type} | ${md(c.from)} | ${md(c.to)} | ${c.severity} |`);
      out.push("");
    }
  });
  out.push("Diff markup, from the reference wording to each outlet's: <del>not in the outlet's wording</del>, <ins>added by the outlet</ins>.", "");

  out.push("## Change classes", "");
  if (family.changeClasses.length === 0) out.push("No change from the reference wording.");
  else {
    out.push("| Class | Severity | Occurrences |", "| --- | --- | ---: |");
    for (const c of family.changeClasses) out.push(`| ${c.type} | ${c.severity} | ${c.count} |`);
  }
  out.push("");

  out.push("## Outlets carrying it", "");
  for (const outlet of family.outlets) out.push(`- ${renderMarkdownEntityLink("outlets", outlet, context, "../")}`);
  out.push("", "[Back to the index](../index.md)", "", renderMarkdownLegend());
  return out.join("\n");
}

function renderMarkdownDiff(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => {
      const text = escapeMarkdown(s.text);
      if (s.op === "equal") return text;
      const trimmed = text.trim();
      if (!trimmed) return text;
      // Keep surrounding spaces outside the tags so words do not run together.
      const lead = text.startsWith(" ") ? " " : "";
      const trail = text.endsWith(" ") ? " " : "";
      return s.op === "insert" ? `${lead}<ins>${trimmed}</ins>${trail}` : `${lead}<del>${trimmed}</del>${trail}`;
    })
    .join("");
}
