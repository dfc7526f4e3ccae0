import { escapeHtml } from "./escape-html.ts";

/** Inline style sheet: the pages load nothing from anywhere (one offline file each). */
const CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --ins: #dafbe1; --del: #ffebe9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 .4em; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: .6em 0; padding: .4em 1em; border-left: 4px solid var(--line); background: #f6f8fa; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; }
ins { text-decoration: underline 2px; background: var(--ins); color: #0a3622; }
del { text-decoration: line-through 2px; background: var(--del); color: #67060c; }
ins::before { content: "+"; font-weight: bold; } del::before { content: "\\2212"; font-weight: bold; }
.sev { display: inline-block; padding: 0 6px; border-radius: 8px; border: 1px solid var(--line); font-size: .85em; }
.sev-high { background: #ffebe9; font-weight: bold; } .sev-medium { background: #fff8c5; } .sev-low { background: #f6f8fa; }
.flag { display: inline-block; margin: 0 4px 2px 0; padding: 0 6px; border: 1px dashed #bc4c00; border-radius: 8px; font-size: .85em; }
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
`;

export interface RenderHtmlPageOptions {
  /** plain text; escaped here */
  title: string;
  /** already-escaped HTML */
  body: string;
}

/**
 * A complete HTML document: UTF-8, inline CSS, no script, and a Content-Security-Policy that
 * forbids scripts and every remote load, as a second wall behind escaping.
 */
export function renderHtmlPage(options: RenderHtmlPageOptions): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    options.body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
