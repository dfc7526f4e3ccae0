import { buildReportData, type FamilyReport, type ReportInput } from "../view/build-report-data.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { listOccurrences, type FamilyOccurrence } from "./list-occurrences.ts";
import { buildPageContext } from "./build-page-context.ts";
import { makeEntityPagePath } from "./make-entity-page-path.ts";
import { makeFamilyPagePath } from "./make-family-page-path.ts";
import { renderHtmlFamily } from "./render-html-family.ts";
import { renderHtmlIndex } from "./render-html-index.ts";
import { renderHtmlOutlet } from "./render-html-outlet.ts";
import { renderHtmlSpeaker } from "./render-html-speaker.ts";
import { renderMarkdownFamily } from "./render-markdown-family.ts";
import { renderMarkdownIndex } from "./render-markdown-index.ts";
import { renderMarkdownOutlet } from "./render-markdown-outlet.ts";
import { renderMarkdownSpeaker } from "./render-markdown-speaker.ts";

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
 */
export function renderReport(input: ReportInput, options: RenderReportOptions): ReportFile[] {
  const formats = new Set(options.formats);
  for (const format of formats) {
    if (format !== "md" && format !== "html" && format !== "json") {
      throw new Error(`Unknown report format "${String(format)}": use md, html or json (comma-separated).`);
    }
  }
  const data = buildReportData(input);
  const context = buildPageContext(data);
  // one pass over the families for all outlet and speaker pages
  const byOutlet = listOccurrences(data.families, (_family, o) => (o.outlet === null ? null : makeNameKey(o.outlet)));
  const bySpeaker = new Map<string, FamilyReport[]>();
  for (const family of data.families) {
    if (family.speaker === null) continue;
    const key = makeNameKey(family.speaker);
    const list = bySpeaker.get(key);
    if (list) list.push(family);
    else bySpeaker.set(key, [family]);
  }
  const outletRows = (name: string): FamilyOccurrence[] => byOutlet.get(makeNameKey(name)) ?? [];
  const speakerFamilies = (name: string): FamilyReport[] => bySpeaker.get(makeNameKey(name)) ?? [];
  const files: ReportFile[] = [];
  if (formats.has("md")) {
    files.push({ path: "index.md", content: renderMarkdownIndex(data) });
    for (const family of data.families) {
      files.push({ path: makeFamilyPagePath(family.id, "md"), content: renderMarkdownFamily(family, context) });
    }
    for (const outlet of data.outlets) {
      files.push({ path: makeEntityPagePath("outlets", outlet.slug, "md"), content: renderMarkdownOutlet(outlet, outletRows(outlet.name), context) });
    }
    for (const speaker of data.speakers) {
      files.push({ path: makeEntityPagePath("speakers", speaker.slug, "md"), content: renderMarkdownSpeaker(speaker, speakerFamilies(speaker.name), context) });
    }
  }
  if (formats.has("html")) {
    files.push({ path: "index.html", content: renderHtmlIndex(data) });
    for (const family of data.families) {
      files.push({ path: makeFamilyPagePath(family.id, "html"), content: renderHtmlFamily(family, context) });
    }
    for (const outlet of data.outlets) {
      files.push({ path: makeEntityPagePath("outlets", outlet.slug, "html"), content: renderHtmlOutlet(outlet, outletRows(outlet.name), context) });
    }
    for (const speaker of data.speakers) {
      files.push({ path: makeEntityPagePath("speakers", speaker.slug, "html"), content: renderHtmlSpeaker(speaker, speakerFamilies(speaker.name), context) });
    }
  }
  if (formats.has("json")) files.push({ path: "report.json", content: `${JSON.stringify(data, null, 2)}\n` });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
