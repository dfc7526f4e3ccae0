import { buildReportData, type ReportInput } from "../view/build-report-data.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { renderHtmlFamily } from "./render-html-family.ts";
import { renderHtmlIndex } from "./render-html-index.ts";
import { renderMarkdownFamily } from "./render-markdown-family.ts";
import { renderMarkdownIndex } from "./render-markdown-index.ts";

export type { ReportInput } from "../view/build-report-data.ts";

export type ReportFormat = "md" | "html" | "json";

export interface RenderReportOptions {
  /** which outputs to produce; order does not matter */
  formats: readonly ReportFormat[];
}

export interface ReportFile {
  /** relative path inside the report directory: "index.md", "families/qf-….html", "report.json" */
  path: string;
  content: string;
}

/**
 * Renders the reports (pure, deterministic, no I/O): for "md" index.md and families/<id>.md, for
 * "html" index.html and families/<id>.html (self-contained, offline), for "json" report.json
 * (schemas/report.schema.json). Files come back sorted by path; the caller writes them.
 */
export function renderReport(input: ReportInput, options: RenderReportOptions): ReportFile[] {
  const formats = new Set(options.formats);
  for (const format of formats) {
    if (format !== "md" && format !== "html" && format !== "json") {
      throw new Error(`Unknown report format "${String(format)}": use md, html or json (comma-separated).`);
    }
  }
  const data = buildReportData(input);
  const files: ReportFile[] = [];
  if (formats.has("md")) {
    files.push({ path: "index.md", content: renderMarkdownIndex(data) });
    for (const family of data.families) {
      files.push({ path: makeFamilyPagePath(family.id, "md"), content: renderMarkdownFamily(family, data.generatedAt) });
    }
  }
  if (formats.has("html")) {
    files.push({ path: "index.html", content: renderHtmlIndex(data) });
    for (const family of data.families) {
      files.push({ path: makeFamilyPagePath(family.id, "html"), content: renderHtmlFamily(family, data.generatedAt) });
    }
  }
  if (formats.has("json")) files.push({ path: "report.json", content: `${JSON.stringify(data, null, 2)}\n` });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
