import type { ReportData } from "../view/build-report-data.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";

const EXCERPT = 120;

/** index.md: families ranked by spread then drift severity; outlets; origins; speakers. */
export function renderMarkdownIndex(data: ReportData): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const out: string[] = [];
  const s = data.summary;
  out.push("# quotetrail report", "");
  out.push(`Generated ${md(data.generatedAt)} from ${s.articles} articles, ${s.outlets} outlets and ${s.mentions} mentions: ${s.families} quote families.`, "");
  out.push("Families are ranked by spread (distinct outlets carrying them), then by the highest severity of their wording drift. Max drift counts changes to the quoted words; a paraphrase's own wording and the cut of a partial quote are listed on the family page, not ranked.", "");

  out.push("## Families", "");
  out.push("| # | Family | Speaker | Outlets | Mentions | Max drift | Origin | Flags | Reference wording |");
  out.push("| ---: | --- | --- | ---: | ---: | --- | --- | --- | --- |");
  for (const f of data.families) {
    const flags = f.flagCounts.map((c) => `${c.flag} ×${c.count}`).join(", ");
    const excerpt = f.canonical.text.length > EXCERPT ? `${f.canonical.text.slice(0, EXCERPT - 1)}…` : f.canonical.text;
    out.push(`| ${f.rank} | [${md(f.id)}](${makeFamilyPagePath(f.id, "md")}) | ${md(f.speaker)} | ${f.spread} | ${f.mentionCount} | ${f.maxSeverity ?? "none"} | ${md(f.origin)} | ${md(flags)} | ${md(excerpt)} |`);
  }
  out.push("");

  out.push("## Outlets", "");
  out.push("| Outlet | Kind | Domain | Country | Articles | Families | Mentions | Altered mentions | Flagged mentions |");
  out.push("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const o of data.outlets) {
    out.push(`| ${md(o.name)} | ${o.kind} | ${md(o.domain)} | ${md(o.country)} | ${o.articles} | ${o.families} | ${o.mentions} | ${o.alteredMentions} | ${o.flaggedMentions} |`);
  }
  out.push("");

  out.push("## Origins", "", "The source each family's mentions credit most.", "");
  if (data.origins.length === 0) out.push("No family credits a source.");
  else {
    out.push("| Origin | Families | Crediting mentions |", "| --- | ---: | ---: |");
    for (const o of data.origins) out.push(`| ${md(o.name)} | ${o.families} | ${o.creditingMentions} |`);
  }
  out.push("");

  out.push("## Speakers", "");
  if (data.speakers.length === 0) out.push("No speaker identified.");
  else {
    out.push("| Speaker | Families | Mentions |", "| --- | ---: | ---: |");
    for (const sp of data.speakers) out.push(`| ${md(sp.name)} | ${sp.families} | ${sp.mentions} |`);
  }
  out.push("");
  return out.join("\n");
}
