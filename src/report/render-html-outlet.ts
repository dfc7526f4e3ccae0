import type { OutletSummary } from "../view/build-report-data.ts";
import type { PageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { OUTLET_TABLE, type OutletParts } from "./list-outlet-rows.ts";
import { renderHtmlOccurrences } from "./render-html-occurrences.ts";
import { renderHtmlPage } from "./render-html-page.ts";
import { renderHtmlTerm } from "./render-html-term.ts";

/**
 * outlets/<slug>.html: what one outlet carried and what it changed. Its facts and flag counts;
 * then every occurrence it carried, once, by page date, each with its article (title and URL, or
 * file name), its changes and flags, in three parts: where it altered the quoted words (a medium
 * or high change, isAlteredOccurrence), flagged but not altered (dropped or changed the credit,
 * ...), and the rest.
 */
export function renderHtmlOutlet(outlet: OutletSummary, parts: OutletParts<string>, context: PageContext): string {
  const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));
  const { altered, flagged, rest } = parts;
  const table = (list: readonly string[]): string => renderHtmlOccurrences(list, OUTLET_TABLE);
  const out: string[] = [];
  out.push('<nav class="top"><a href="../index.html">← Index</a><a href="../index.html#outlets">All outlets</a><a href="#legend">Legend</a></nav>');
  out.push(`<h1>Outlet: ${escapeHtml(outlet.name)}</h1>`);
  out.push('<dl class="facts">');
  out.push(`<dt>Kind</dt><dd>${escapeHtml(outlet.kind)}</dd><dt>Domain</dt><dd>${h(outlet.domain)}</dd><dt>Country</dt><dd>${h(outlet.country)}</dd>`);
  out.push(`<dt>Carried</dt><dd>${outlet.mentions} mention(s) of ${outlet.families} quote famil${outlet.families === 1 ? "y" : "ies"}, in ${outlet.articles} article(s)</dd>`);
  out.push(`<dt>Altered</dt><dd>${outlet.alteredMentions} mention(s) with a medium or high change to the quoted words</dd>`);
  const flags = outlet.flagCounts.map((c) => renderHtmlTerm({ flag: c.flag }, ` ×${c.count}`)).join(" ");
  out.push(`<dt>Flags</dt><dd>${flags || '<span class="muted">none</span>'}</dd>`);
  out.push("</dl>");
  out.push('<h2 id="altered">What it altered</h2>');
  out.push(altered.length === 0
    ? "<p>No medium or high change to the quoted words.</p>"
    : `<p class="muted">Changes from each family's reference wording: <del>removed</del>, <ins>added</ins>.</p>\n${table(altered)}`);
  out.push('<h2 id="flagged">Flagged, wording not altered</h2>');
  out.push(flagged.length === 0 ? "<p>None.</p>" : table(flagged));
  out.push('<h2 id="carried">Carried unaltered and unflagged</h2>');
  out.push(rest.length === 0 ? "<p>None.</p>" : table(rest));
  return renderHtmlPage({ title: `Outlet ${outlet.name} — quotetrail report`, body: out.join("\n"), stamp: context });
}
