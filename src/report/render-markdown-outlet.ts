import type { OutletSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { OUTLET_TABLE, type OutletParts } from "./list-outlet-rows.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";
import { renderMarkdownOccurrences } from "./render-markdown-occurrences.ts";

/** outlets/<slug>.md: the Markdown twin of renderHtmlOutlet (what one outlet carried and altered, each occurrence once). */
export function renderMarkdownOutlet(outlet: OutletSummary, parts: OutletParts<string>, context: PageContext): string {
  const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));
  const { altered, flagged, rest } = parts;
  const table = (list: readonly string[]): string => renderMarkdownOccurrences(list, OUTLET_TABLE);
  const out: string[] = [`# Outlet: ${md(outlet.name)}`, ""];
  out.push(`- **Kind:** ${outlet.kind} · **Domain:** ${md(outlet.domain)} · **Country:** ${md(outlet.country)}`);
  out.push(`- **Carried:** ${outlet.mentions} mention(s) of ${outlet.families} quote famil${outlet.families === 1 ? "y" : "ies"}, in ${outlet.articles} article(s)`);
  out.push(`- **Altered:** ${outlet.alteredMentions} mention(s) with a medium or high change to the quoted words`);
  out.push(`- **Flags:** ${outlet.flagCounts.map((c) => `${c.flag} ×${c.count}`).join(", ") || "none"}`);
  out.push(`- **Corpus as of:** ${md(context.corpusAsOf)} (latest page date) · **report generated** ${md(context.generatedAt)}`, "");
  out.push("## What it altered", "", altered.length === 0 ? "No medium or high change to the quoted words." : table(altered), "");
  out.push("## Flagged, wording not altered", "", flagged.length === 0 ? "None." : table(flagged), "");
  out.push("## Carried unaltered and unflagged", "", rest.length === 0 ? "None." : table(rest), "");
  out.push("[Back to the index](../index.md)", "", renderMarkdownLegend());
  return out.join("\n");
}
