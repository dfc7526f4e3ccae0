import { CHANGE_CLASSES } from "../drift/change-classes.ts";
import { OCCURRENCE_FLAGS } from "../provenance/occurrence-flags.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * The legend every HTML page ends with, generated from the two tables (src/drift/change-classes.ts
 * and src/provenance/occurrence-flags.ts): each flag with its definition, each change class with
 * its default severity, what raises it to high, and its definition. The same definitions are the
 * tooltips of the flags and classes on the page (renderHtmlTerm).
 */
export function renderHtmlLegend(): string {
  const out: string[] = ['<section id="legend" class="legend">', "<h2>Legend</h2>"];
  out.push("<h3>Flags on an occurrence</h3>");
  out.push('<div class="scroll"><table><thead><tr><th>Flag</th><th>Meaning</th></tr></thead><tbody>');
  for (const row of OCCURRENCE_FLAGS) {
    out.push(`<tr><td><span class="flag">${escapeHtml(row.flag)}</span></td><td>${escapeHtml(row.definition)}</td></tr>`);
  }
  out.push("</tbody></table></div>");
  out.push("<h3>Change classes</h3>");
  out.push('<p class="muted">Every change from the reference wording is one of these. Severity starts at the class\'s default; a change is raised to high when its two sides differ in what the last column names.</p>');
  out.push('<div class="scroll"><table><thead><tr><th>Class</th><th>Default severity</th><th>Meaning</th><th>Why</th><th>High when it changes</th></tr></thead><tbody>');
  for (const row of CHANGE_CLASSES) {
    const raisedBy = row.raisedBy.length > 0 ? escapeHtml(row.raisedBy.join(", ")) : '<span class="muted">—</span>';
    out.push(`<tr><td><code>${escapeHtml(row.class)}</code></td><td><span class="sev sev-${row.severity}">${row.severity}</span></td>`
      + `<td>${escapeHtml(row.definition)}</td><td>${escapeHtml(row.rationale)}</td><td>${raisedBy}</td></tr>`);
  }
  out.push("</tbody></table></div>");
  out.push("</section>");
  return out.join("\n");
}
