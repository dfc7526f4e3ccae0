import { createHash } from "node:crypto";
import { escapeHtml } from "./escape-html.ts";
import { renderHtmlLegend } from "./render-html-legend.ts";

/** Inline style sheet: the pages load nothing from anywhere (one offline file each). */
const CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --ins: #dafbe1; --del: #ffebe9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 24px; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; margin: 0 0 .4em; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 0; font-size: .92em; }
.scroll { overflow-x: auto; max-width: 100%; margin: .6em 0 1em; }
.scroll > table { min-width: 36em; overflow-wrap: normal; }
table.occurrences td:last-child { min-width: 18em; } table.occurrences td.article { min-width: 13em; } table.occurrences td.changes { min-width: 14em; } #family-table td:nth-child(2) { min-width: 16em; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .6em 0; padding: .4em 1em; border-left: 4px solid var(--line); background: #f6f8fa; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
ins { text-decoration: underline 2px; background: var(--ins); color: #0a3622; }
del { text-decoration: line-through 2px; background: var(--del); color: #67060c; }
ins::before { content: "+"; font-weight: bold; } del::before { content: "\\2212"; font-weight: bold; }
.sev { display: inline-block; padding: 0 6px; border-radius: 8px; border: 1px solid var(--line); font-size: .85em; }
.sev-high { background: #ffebe9; font-weight: bold; } .sev-medium { background: #fff8c5; } .sev-low { background: #f6f8fa; }
a.flag, a.term { color: inherit; text-decoration: none; } abbr[title] { text-decoration: underline dotted; cursor: help; }
ul.changes { margin: 0; padding-left: 1.1em; } .file { color: var(--muted); font-size: .9em; }
nav.top { display: flex; flex-wrap: wrap; gap: 4px 16px; } p.stamp { color: var(--muted); font-size: .9em; }
form.filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 8px 10px; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; }
form.filters[hidden] { display: none; } form.filters label { white-space: nowrap; } form.filters select { max-width: 14em; }
section.legend { margin-top: 2.4em; font-size: .95em; }
.flag { display: inline-block; white-space: nowrap; margin: 0 4px 2px 0; padding: 0 6px; border: 1px dashed #bc4c00; border-radius: 8px; font-size: .85em; }
.muted { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; } dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
.graph { overflow-x: auto; border: 1px solid var(--line); padding: 8px; background: #fff; }
.graph text { font: 12px system-ui, sans-serif; fill: var(--fg); }
.graph .node rect { fill: #f6f8fa; stroke: #57606a; stroke-width: 1.2; }
.graph .node.credited rect { stroke-dasharray: 4 3; }
.graph .node.origin rect { stroke: #0969da; stroke-width: 3; fill: #ddf4ff; }
.graph .edge path { fill: none; stroke: #57606a; stroke-width: 1.4; }
.graph .edge circle { fill: #fff; stroke: #57606a; stroke-width: 1; }
.graph .edge text { fill: var(--fg); font-size: 10px; font-weight: 600; }
section.variant { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; margin: 12px 0; }
@media (max-width: 640px) { body { padding: 12px; } dl.facts { display: block; } dl.facts dd { margin: 0 0 .4em; } }
`;

export interface RenderHtmlPageOptions {
  /** plain text; escaped here */
  title: string;
  /** already-escaped HTML */
  body: string;
  /** the report's two dates, printed at the foot of the page */
  stamp: { generatedAt: string; corpusAsOf: string | null };
  /** an inline script of the report's own (no article text in it): the one script the page may run */
  script?: string;
}

/**
 * A complete HTML document: UTF-8, inline CSS, the legend of flags and change classes and the
 * report's dates at its foot, and a Content-Security-Policy that forbids every remote load and
 * every script but the page's own inline one (allowed by its sha256 hash, so article text that
 * escaping missed still could not run), as a second wall behind escaping.
 */
export function renderHtmlPage(options: RenderHtmlPageOptions): string {
  const script = options.script === undefined
    ? null
    : { text: options.script, hash: createHash("sha256").update(options.script, "utf8").digest("base64") };
  const scriptSrc = script ? `; script-src 'sha256-${script.hash}'` : "";
  const { generatedAt, corpusAsOf } = options.stamp;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:${scriptSrc}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    options.body,
    renderHtmlLegend(),
    `<p class="stamp">Corpus as of ${escapeHtml(corpusAsOf ?? "— (no page dates)")} (latest page date) · report generated ${escapeHtml(generatedAt)}</p>`,
    ...(script ? [`<script>${script.text}</script>`] : []),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
