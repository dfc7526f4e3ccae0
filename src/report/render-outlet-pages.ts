import type { OutletSummary } from "../view/build-report-data.ts";
import { compareDates } from "../model/compare-dates.ts";
import type { PageContext } from "./build-page-context.ts";
import type { OutletParts, OutletRow } from "./list-outlet-rows.ts";
import { makeEntityPagePath } from "./make-entity-page-path.ts";
import { renderHtmlOutlet } from "./render-html-outlet.ts";
import { renderMarkdownOutlet } from "./render-markdown-outlet.ts";
import type { ReportFile } from "./render-report.ts";

/**
 * An outlet's pages (outlets/<slug>.md and .html, as asked) from its rows (listOutletRows, in any
 * order): each occurrence once, ordered by page date (undated last), then event date, then family
 * rank, then the family's timeline order, in its part (altered, flagged, the rest).
 */
export function renderOutletPages(outlet: OutletSummary, rows: readonly OutletRow[], context: PageContext, formats: { md: boolean; html: boolean }): ReportFile[] {
  const sorted = [...rows].sort((a, b) =>
    compareDates(a.publishedAt, b.publishedAt) || compareDates(a.eventDate, b.eventDate) || a.rank - b.rank || a.position - b.position);
  const partsOf = (format: "md" | "html"): OutletParts<string> => {
    const parts: OutletParts<string> = { altered: [], flagged: [], rest: [] };
    for (const row of sorted) parts[row.part].push(row[format] ?? "");
    return parts;
  };
  const files: ReportFile[] = [];
  if (formats.md) files.push({ path: makeEntityPagePath("outlets", outlet.slug, "md"), content: renderMarkdownOutlet(outlet, partsOf("md"), context) });
  if (formats.html) files.push({ path: makeEntityPagePath("outlets", outlet.slug, "html"), content: renderHtmlOutlet(outlet, partsOf("html"), context) });
  return files;
}
