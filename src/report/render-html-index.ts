import type { ReportData } from "../view/build-report-data.ts";
import { escapeHtml } from "./escape-html.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { renderHtmlPage } from "./render-html-page.ts";

const EXCERPT = 140;

/** index.html: the same content as index.md, one self-contained offline page. */
export function renderHtmlIndex(data: ReportData): string {
  const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));
  const s = data.summary;
  const out: string[] = [];
  out.push("<h1>quotetrail report</h1>");
  out.push(`<p>Generated ${h(data.generatedAt)} from ${s.articles} articles, ${s.outlets} outlets and ${s.mentions} mentions: <strong>${s.families}</strong> quote families.</p>`);
  out.push("<p class=\"muted\">Families are ranked by spread (distinct outlets carrying them), then by the highest severity of their wording drift. Max drift counts changes to the quoted words; a paraphrase's own wording and the cut of a partial quote are listed on the family page, not ranked.</p>");

  out.push('<h2 id="families">Families</h2>');
  out.push("<table><thead><tr><th>#</th><th>Family</th><th>Speaker</th><th>Outlets</th><th>Mentions</th><th>Max drift</th><th>Origin</th><th>Flags</th><th>Reference wording</th></tr></thead><tbody>");
  for (const f of data.families) {
    const excerpt = f.canonical.text.length > EXCERPT ? `${f.canonical.text.slice(0, EXCERPT - 1)}…` : f.canonical.text;
    const flags = f.flagCounts.map((c) => `<span class="flag">${escapeHtml(c.flag)} ×${c.count}</span>`).join("");
    const severity = f.maxSeverity ? `<span class="sev sev-${f.maxSeverity}">${f.maxSeverity}</span>` : '<span class="muted">none</span>';
    out.push(`<tr><td class="num">${f.rank}</td><td><a href="${escapeHtml(makeFamilyPagePath(f.id, "html"))}"><code>${escapeHtml(f.id)}</code></a></td>`
      + `<td>${h(f.speaker)}</td><td class="num">${f.spread}</td><td class="num">${f.mentionCount}</td><td>${severity}</td>`
      + `<td>${h(f.origin)}</td><td>${flags}</td><td>${h(excerpt)}</td></tr>`);
  }
  out.push("</tbody></table>");

  out.push('<h2 id="outlets">Outlets</h2>');
  out.push("<table><thead><tr><th>Outlet</th><th>Kind</th><th>Domain</th><th>Country</th><th>Articles</th><th>Families</th><th>Mentions</th><th>Altered mentions</th><th>Flagged mentions</th></tr></thead><tbody>");
  for (const o of data.outlets) {
    out.push(`<tr><td>${h(o.name)}</td><td>${escapeHtml(o.kind)}</td><td>${h(o.domain)}</td><td>${h(o.country)}</td>`
      + `<td class="num">${o.articles}</td><td class="num">${o.families}</td><td class="num">${o.mentions}</td><td class="num">${o.alteredMentions}</td><td class="num">${o.flaggedMentions}</td></tr>`);
  }
  out.push("</tbody></table>");

  out.push('<h2 id="origins">Origins</h2><p class="muted">The source each family\'s mentions credit most.</p>');
  if (data.origins.length === 0) out.push("<p>No family credits a source.</p>");
  else {
    out.push("<table><thead><tr><th>Origin</th><th>Families</th><th>Crediting mentions</th></tr></thead><tbody>");
    for (const o of data.origins) out.push(`<tr><td>${h(o.name)}</td><td class="num">${o.families}</td><td class="num">${o.creditingMentions}</td></tr>`);
    out.push("</tbody></table>");
  }

  out.push('<h2 id="speakers">Speakers</h2>');
  if (data.speakers.length === 0) out.push("<p>No speaker identified.</p>");
  else {
    out.push("<table><thead><tr><th>Speaker</th><th>Families</th><th>Mentions</th></tr></thead><tbody>");
    for (const sp of data.speakers) out.push(`<tr><td>${h(sp.name)}</td><td class="num">${sp.families}</td><td class="num">${sp.mentions}</td></tr>`);
    out.push("</tbody></table>");
  }
  return renderHtmlPage({ title: "quotetrail report", body: out.join("\n") });
}
