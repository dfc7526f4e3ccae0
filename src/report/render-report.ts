import { buildReportData, type ReportInput } from "../view/build-report-data.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { buildPageContext } from "./build-page-context.ts";
import { renderFamilyBatch } from "./render-family-batch.ts";
import { checkReportFormats } from "./check-report-formats.ts";
import { renderIndexPages } from "./render-index-pages.ts";
import { renderOutletPages } from "./render-outlet-pages.ts";
import { renderReportJson } from "./render-report-json.ts";
import { renderSpeakerPages } from "./render-speaker-pages.ts";

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
 * Renders the reports (pure, deterministic, no I/O): for "md" index.md, families/<id>.md,
 * outlets/<slug>.md and speakers/<slug>.md, for "html" the same pages as .html (self-contained,
 * offline), for "json" report.json
 * (schemas/report.schema.json). Files come back sorted by path; the caller writes them.
 * The whole report in memory, from the same parts the streamed report (app/write-report.ts)
 * renders batch by batch: index pages, family batches, outlet and speaker pages, report.json.
 */
export function renderReport(input: ReportInput, options: RenderReportOptions): ReportFile[] {
  const formats = checkReportFormats(options.formats);
  const data = buildReportData(input);
  const context = buildPageContext(data);
  const pages = { md: formats.has("md"), html: formats.has("html") };
  const files = renderIndexPages(data, pages);
  const batch = renderFamilyBatch(data.families, context, formats);
  files.push(...batch.files);
  const rows = groupBy(batch.outletRows, (r) => r.outletKey);
  for (const outlet of data.outlets) files.push(...renderOutletPages(outlet, rows.get(makeNameKey(outlet.name)) ?? [], context, pages));
  const blocks = groupBy(batch.speakerBlocks, (b) => b.speakerKey);
  for (const speaker of data.speakers) files.push(...renderSpeakerPages(speaker, blocks.get(makeNameKey(speaker.name)) ?? [], context, pages));
  if (formats.has("json")) {
    const { head, tail } = renderReportJson(data);
    files.push({ path: "report.json", content: `${head}${batch.json.join(",\n")}${tail}` });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
