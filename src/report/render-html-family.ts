import { describeSpeakerVotes } from "../view/describe-speaker-votes.ts";
import type { DiffSegment } from "../view/compute-word-diff.ts";
import { buildFamilyGraph } from "./build-family-graph.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatScore } from "./format-score.ts";
import { renderHtmlPage } from "./render-html-page.ts";
import { renderSvgGraph } from "./render-svg-graph.ts";
import { FLAG_DEFINITIONS } from "../provenance/occurrence-flags.ts";
import type { PageContext } from "./build-page-context.ts";
import type { FamilyReport } from "../view/build-report-data.ts";
import { renderHtmlEntityLink } from "./render-html-entity-link.ts";
import { renderHtmlOccurrences } from "./render-html-occurrences.ts";
import { renderHtmlOccurrenceRow } from "./render-html-occurrence-row.ts";
import { renderHtmlTerm } from "./render-html-term.ts";

/**
 * families/<id>.html: the family page as one offline document — summary (the reference wording
 * and why), timeline by page date (each article's title linked to its URL, or its file name) with
 * the flags' definitions, inline SVG provenance graph and chain, every
 * variant with its word diff from the reference in <del>/<ins> (struck through / underlined and
 * signed, not colour alone; a paraphrase with its similarity only), change classes with
 * severity, outlets carrying it (linked to their pages); the legend at the foot.
 */
export function renderHtmlFamily(family: FamilyReport, context: PageContext): string {
  const h = (text: string | null): string => (text === null || text === "" ? '<span class="muted">—</span>' : escapeHtml(text));
  const sev = (s: string): string => `<span class="sev sev-${escapeHtml(s)}">${escapeHtml(s)}</span>`;
  const out: string[] = [];
  out.push(`<p><a href="../index.html">← Index</a></p>`);
  out.push(`<h1>Quote family <code>${escapeHtml(family.id)}</code></h1>`);
  out.push(`<blockquote class="canonical">${h(family.canonical.text)}</blockquote>`);
  out.push('<dl class="facts">');
  out.push(`<dt>Speaker</dt><dd>${renderHtmlEntityLink("speakers", family.speaker, context, "../")}</dd>`);
  const speakers = describeSpeakerVotes(family.speakers);
  if (speakers !== null) out.push(`<dt>Speakers the outlets name</dt><dd>${h(speakers)}</dd>`);
  out.push(`<dt>Said</dt><dd>${h(family.setting)}</dd>`);
  out.push(`<dt>First appearance</dt><dd>${h(family.firstAppearance.outlet)}, ${h(family.firstAppearance.date)}</dd>`);
  out.push(`<dt>Reference wording</dt><dd>${h(family.canonical.outlet)}, page date ${h(family.canonical.publishedAt)} <span class="muted">— ${h(family.canonical.reason)}</span></dd>`);
  out.push(`<dt>Attributed origin</dt><dd>${h(family.origin)}</dd>`);
  out.push(`<dt>Spread</dt><dd>${family.spread} outlet(s), ${family.mentionCount} mention(s); highest drift severity: ${family.maxSeverity ? sev(family.maxSeverity) : "none"}</dd>`);
  out.push("</dl>");

  out.push('<h2 id="timeline">Timeline</h2>');
  out.push('<p class="muted">By page date (when each outlet published it), with the date of the event beside it.</p>');
  const timeline = { root: "../", showFamily: false, showOutlet: true, showChanges: false };
  out.push(renderHtmlOccurrences(family.occurrences.map((occurrence) => renderHtmlOccurrenceRow({ family, occurrence }, context, timeline)), timeline));
  if (family.flagCounts.length > 0) {
    out.push('<dl class="flags">');
    for (const { flag } of family.flagCounts) out.push(`<dt>${renderHtmlTerm({ flag })}</dt><dd>${escapeHtml(FLAG_DEFINITIONS.get(flag) ?? "")}</dd>`);
    out.push("</dl>");
  }

  out.push('<h2 id="graph">Provenance graph</h2>');
  out.push('<p class="muted">Arrows point from the relaying outlet to the outlet or agency it credits. Thick blue border: attributed origin; dashed border: credited, does not carry the quote in this corpus.</p>');
  out.push(`<div class="graph">${renderSvgGraph(buildFamilyGraph(family), `Provenance graph of ${family.id}`)}</div>`);
  if (family.chain.length === 0) out.push("<p>No relay chain: no occurrence credits a source.</p>");
  else {
    out.push("<ol class=\"chain\">");
    for (const link of family.chain) out.push(`<li>${h(link.from)} → ${h(link.to)} <span class="muted">— evidence: “${escapeHtml(link.evidence)}”</span></li>`);
    out.push("</ol>");
  }

  out.push('<h2 id="variants">Variants</h2>');
  out.push('<p class="muted">Diff from the reference wording to each outlet\'s: <del>not in the outlet\'s wording</del> <ins>added by the outlet</ins>.</p>');
  family.variants.forEach((variant, index) => {
    out.push(`<section class="variant" id="${escapeHtml(variant.id)}">`);
    out.push(`<h3>Variant ${index + 1}${variant.isCanonical ? " (reference)" : variant.isParaphrase ? " (paraphrase)" : ""} <code class="muted">${escapeHtml(variant.id)}</code></h3>`);
    if (variant.isParaphrase) {
      out.push(`<p>Paraphrase: the outlet's own words, similarity <strong>${formatScore(variant.similarity)}</strong> to the reference · carried by ${h(variant.outlets.join(", "))}</p>`);
      out.push(`<blockquote>${h(variant.text)}</blockquote>`, "</section>");
      return;
    }
    out.push(`<p>Fidelity <strong>${formatScore(variant.fidelity)}</strong> · similarity <strong>${formatScore(variant.similarity)}</strong> · carried by ${h(variant.outlets.join(", "))}</p>`);
    out.push(`<blockquote class="diff">${renderHtmlDiff(variant.diff)}</blockquote>`);
    if (variant.changes.length > 0) {
      out.push('<div class="scroll"><table><thead><tr><th>Change</th><th>From</th><th>To</th><th>Severity</th></tr></thead><tbody>');
      for (const c of variant.changes) out.push(`<tr><td>${renderHtmlTerm({ change: c.type })}</td><td>${h(c.from)}</td><td>${h(c.to)}</td><td>${sev(c.severity)}</td></tr>`);
      out.push("</tbody></table></div>");
    }
    out.push("</section>");
  });

  out.push('<h2 id="changes">Change classes</h2>');
  if (family.changeClasses.length === 0) out.push("<p>No change from the reference wording.</p>");
  else {
    out.push('<div class="scroll"><table><thead><tr><th>Class</th><th>Severity</th><th>Occurrences</th></tr></thead><tbody>');
    for (const c of family.changeClasses) out.push(`<tr><td>${renderHtmlTerm({ change: c.type })}</td><td>${sev(c.severity)}</td><td class="num">${c.count}</td></tr>`);
    out.push("</tbody></table></div>");
  }

  out.push('<h2 id="outlets">Outlets carrying it</h2><ul>');
  for (const outlet of family.outlets) out.push(`<li>${renderHtmlEntityLink("outlets", outlet, context, "../")}</li>`);
  out.push("</ul>");
  const title = `Quote family ${family.id}${family.speaker ? ` — ${family.speaker}` : ""}`;
  return renderHtmlPage({ title, body: out.join("\n"), stamp: context });
}

function renderHtmlDiff(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => {
      const text = escapeHtml(s.text);
      if (s.op === "equal") return text;
      const trimmed = text.trim();
      if (!trimmed) return text;
      const lead = /^\s/.test(text) ? " " : "";
      const trail = /\s$/.test(text) ? " " : "";
      return s.op === "insert" ? `${lead}<ins>${trimmed}</ins>${trail}` : `${lead}<del>${trimmed}</del>${trail}`;
    })
    .join("");
}
