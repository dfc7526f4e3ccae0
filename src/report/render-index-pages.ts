import type { ReportIndex } from "../view/build-report-data.ts";
import { renderHtmlIndex } from "./render-html-index.ts";
import { renderMarkdownIndex } from "./render-markdown-index.ts";
import type { ReportFile } from "./render-report.ts";

/** index.md and index.html (as asked) from the report's index: compact families, outlets, origins, speakers. */
export function renderIndexPages(index: ReportIndex, formats: { md: boolean; html: boolean }): ReportFile[] {
  const files: ReportFile[] = [];
  if (formats.md) files.push({ path: "index.md", content: renderMarkdownIndex(index) });
  if (formats.html) files.push({ path: "index.html", content: renderHtmlIndex(index) });
  return files;
}
