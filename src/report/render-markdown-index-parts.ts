import type { ReportIndex } from "../view/build-report-data.ts";
import { buildPageContext } from "./build-page-context.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { renderMarkdownEntityLink } from "./render-markdown-entity-link.ts";
import { renderMarkdownLegend } from "./render-markdown-legend.ts";

/** where the family rows go (a line no part of the page can be) */
const ROWS = "\u0000rows\u0000";

const md = (text: string | null): string => (text === null || text === "" ? "—" : escapeMarkdown(text));

/**
 * index.md: families ranked by spread then drift severity, each linked by its opening words;
 * outlets and speakers linked to their pages; origins; the legend. As parts, so that a report
 * too large to hold can write it family by family: `head` + the rows joined by "\n" + `tail`
 * (with no rows: `head` + `tail` without its first character). `data.families` is not read:
 * the rows come from renderMarkdownIndexRow.
 */
export function renderMarkdownIndexParts(data: ReportIndex): { head: string; tail: string } {
  const context = buildPageContext(data);
  const out: string[] = [];
  const s = data.summary;
  out.push("# quotetrail report", "");
  out.push(`Corpus as of ${md(data.corpusAsOf)} (latest page date) · report generated ${md(data.generatedAt)}. ${s.articles} articles, ${s.outlets} outlets and ${s.mentions} mentions: ${s.families} quote families.`, "");
  out.push("Families are ranked by spread (distinct outlets carrying them), then by the highest severity of their wording drift. Max drift counts changes to the quoted words; a paraphrase's own wording and the cut of a partial quote are listed on the family page, not ranked. Each outlet's and speaker's page lists every occurrence it carried with what it changed.", "");

  out.push("## Families", "");
  out.push("| # | Quote (reference wording) | Speaker | Outlets | Mentions | Max drift | Origin | Flags |");
  out.push("| ---: | --- | --- | ---: | ---: | --- | --- | --- |");
  out.push(ROWS);
  out.push("");

  out.push("## Outlets", "");
  out.push("Each outlet's page lists every quote it carried, with what it changed and its flags. Altered: a medium or high change to the quoted words.", "");
  out.push("| Outlet | Kind | Domain | Country | Articles | Families | Mentions | Altered mentions | Flagged mentions | Flags |");
  out.push("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const o of data.outlets) {
    const flags = o.flagCounts.map((c) => `${c.flag} ×${c.count}`).join(", ");
    out.push(`| ${renderMarkdownEntityLink("outlets", o.name, context, "")} | ${o.kind} | ${md(o.domain)} | ${md(o.country)} | ${o.articles} | ${o.families} | ${o.mentions} | ${o.alteredMentions} | ${o.flaggedMentions} | ${md(flags)} |`);
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
    for (const sp of data.speakers) out.push(`| ${renderMarkdownEntityLink("speakers", sp.name, context, "")} | ${sp.families} | ${sp.mentions} |`);
  }
  out.push("", renderMarkdownLegend());
  const text = out.join("\n");
  const at = text.indexOf(ROWS);
  return { head: text.slice(0, at), tail: text.slice(at + ROWS.length) };
}

