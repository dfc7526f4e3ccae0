import { OCCURRENCE_FLAGS } from "../provenance/occurrence-flags.ts";
import type { OccurrenceFlag } from "../model/provenance.ts";
import type { ReportIndex } from "../view/build-report-data.ts";
import { buildPageContext } from "./build-page-context.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderHtmlEntityLink } from "./render-html-entity-link.ts";
import { renderHtmlPage } from "./render-html-page.ts";
import { renderHtmlTerm } from "./render-html-term.ts";


/**
 * The filters of the family table, as progressive enhancement: without JavaScript the form stays
 * hidden and every row shows; with it, the form appears and rows not matching the outlet, speaker,
 * flag and severity chosen are hidden, as are single-outlet families unless the box is ticked.
 * Reads only the rows' data-* attributes (slugs, flag names, severities: no article text).
 */
const FILTER_SCRIPT = `
(function () {
  var form = document.getElementById("filters");
  var table = document.getElementById("family-table");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var count = document.getElementById("filter-count");
  function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }
  function apply() {
    var outlet = form.elements.outlet.value, speaker = form.elements.speaker.value;
    var flag = form.elements.flag.value, severity = form.elements.severity.value;
    var single = form.elements.single.checked, shown = 0, singles = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var match = (!outlet || has(d.outlets, outlet)) && (!speaker || d.speaker === speaker) &&
        (!flag || has(d.flags, flag)) && (!severity || d.severity === severity);
      var hiddenSingle = match && !single && d.spread === "1";
      if (hiddenSingle) singles++;
      row.hidden = !match || hiddenSingle;
      if (!row.hidden) shown++;
    });
    count.textContent = "Showing " + shown + " of " + rows.length + " families" +
      (singles > 0 ? " (" + singles + " single-outlet famil" + (singles === 1 ? "y" : "ies") + " hidden: tick the box to show them)" : "") + ".";
  }
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
`;

/** where the family rows go (a line no part of the page can be) */
const ROWS = "\u0000rows\u0000";

const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));

/**
 * index.html: the same content as index.md, one self-contained offline page with a filterable
 * family table. As parts, as renderMarkdownIndexParts (`data.families` is not read; the filter
 * offers the flags given in `familyFlags`, those the families carry).
 */
export function renderHtmlIndexParts(data: ReportIndex, familyFlags: ReadonlySet<OccurrenceFlag>): { head: string; tail: string } {
  const context = buildPageContext(data);
  const s = data.summary;
  const out: string[] = [];
  out.push("<h1>quotetrail report</h1>");
  out.push('<nav class="top"><a href="#families">Families</a><a href="#outlets">Outlets</a><a href="#origins">Origins</a><a href="#speakers">Speakers</a><a href="#legend">Legend</a></nav>');
  out.push(`<p>Corpus as of <strong>${h(data.corpusAsOf)}</strong> (latest page date) · report generated ${h(data.generatedAt)}. ${s.articles} articles, ${s.outlets} outlets and ${s.mentions} mentions: <strong>${s.families}</strong> quote families.</p>`);
  out.push("<p class=\"muted\">Families are ranked by spread (distinct outlets carrying them), then by the highest severity of their wording drift. Max drift counts changes to the quoted words; a paraphrase's own wording and the cut of a partial quote are listed on the family page, not ranked. Each outlet's and speaker's page lists every occurrence it carried with what it changed.</p>");

  out.push('<h2 id="families">Families</h2>');
  out.push(renderFilterForm(data, familyFlags));
  out.push('<div class="scroll"><table id="family-table"><thead><tr><th>#</th><th>Quote (reference wording)</th><th>Speaker</th><th>Outlets</th><th>Mentions</th><th>Max drift</th><th>Origin</th><th>Flags</th></tr></thead><tbody>');
  out.push(ROWS);
  out.push("</tbody></table></div>");

  out.push('<h2 id="outlets">Outlets</h2>');
  out.push('<p class="muted">Each outlet\'s page lists every quote it carried, with what it changed and its flags. Altered: a medium or high change to the quoted words.</p>');
  out.push('<div class="scroll"><table><thead><tr><th>Outlet</th><th>Kind</th><th>Domain</th><th>Country</th><th>Articles</th><th>Families</th><th>Mentions</th><th>Altered mentions</th><th>Flagged mentions</th><th>Flags</th></tr></thead><tbody>');
  for (const o of data.outlets) {
    const flags = o.flagCounts.map((c) => renderHtmlTerm({ flag: c.flag }, ` ×${c.count}`)).join(" ");
    out.push(`<tr><td>${renderHtmlEntityLink("outlets", o.name, context, "")}</td><td>${escapeHtml(o.kind)}</td><td>${h(o.domain)}</td><td>${h(o.country)}</td>`
      + `<td class="num">${o.articles}</td><td class="num">${o.families}</td><td class="num">${o.mentions}</td><td class="num">${o.alteredMentions}</td><td class="num">${o.flaggedMentions}</td><td>${flags}</td></tr>`);
  }
  out.push("</tbody></table></div>");

  out.push('<h2 id="origins">Origins</h2><p class="muted">The source each family\'s mentions credit most.</p>');
  if (data.origins.length === 0) out.push("<p>No family credits a source.</p>");
  else {
    out.push('<div class="scroll"><table><thead><tr><th>Origin</th><th>Families</th><th>Crediting mentions</th></tr></thead><tbody>');
    for (const o of data.origins) out.push(`<tr><td>${h(o.name)}</td><td class="num">${o.families}</td><td class="num">${o.creditingMentions}</td></tr>`);
    out.push("</tbody></table></div>");
  }

  out.push('<h2 id="speakers">Speakers</h2>');
  if (data.speakers.length === 0) out.push("<p>No speaker identified.</p>");
  else {
    out.push('<div class="scroll"><table><thead><tr><th>Speaker</th><th>Families</th><th>Mentions</th></tr></thead><tbody>');
    for (const sp of data.speakers) {
      out.push(`<tr><td>${renderHtmlEntityLink("speakers", sp.name, context, "")}</td><td class="num">${sp.families}</td><td class="num">${sp.mentions}</td></tr>`);
    }
    out.push("</tbody></table></div>");
  }
  const page = renderHtmlPage({ title: "quotetrail report", body: out.join("\n"), stamp: context, script: FILTER_SCRIPT });
  const at = page.indexOf(ROWS);
  return { head: page.slice(0, at), tail: page.slice(at + ROWS.length) };
}

/** The filter form: hidden until the script shows it (a page without JavaScript lists every row). */
function renderFilterForm(data: ReportIndex, familyFlags: ReadonlySet<OccurrenceFlag>): string {
  const options = (items: readonly { value: string; label: string }[]): string =>
    items.map((item) => `<option value="${escapeHtml(item.value)}">${escapeHtml(item.label)}</option>`).join("");
  const flags = OCCURRENCE_FLAGS.filter((row) => familyFlags.has(row.flag));
  return [
    '<form id="filters" class="filters" hidden>',
    `<label>Outlet <select name="outlet"><option value="">any</option>${options(data.outlets.map((o) => ({ value: o.slug, label: o.name })))}</select></label>`,
    `<label>Speaker <select name="speaker"><option value="">any</option>${options(data.speakers.map((sp) => ({ value: sp.slug, label: sp.name })))}</select></label>`,
    `<label>Flag <select name="flag"><option value="">any</option>${options(flags.map((row) => ({ value: row.flag, label: row.flag })))}</select></label>`,
    `<label>Max drift <select name="severity"><option value="">any</option>${options(["high", "medium", "low", "none"].map((v) => ({ value: v, label: v })))}</select></label>`,
    '<label><input type="checkbox" name="single"> show single-outlet families</label>',
    '<output id="filter-count" aria-live="polite"></output>',
    "</form>",
  ].join("\n");
}
