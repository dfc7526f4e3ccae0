import type { OccurrenceFlag } from "../model/provenance.ts";
import type { ReportIndex } from "../view/build-report-data.ts";
import { buildPageContext } from "./build-page-context.ts";
import { joinIndexParts } from "./join-index-parts.ts";
import { renderHtmlIndexParts } from "./render-html-index-parts.ts";
import { renderHtmlIndexRow } from "./render-html-index-row.ts";

/** index.html whole (see renderHtmlIndexParts). */
export function renderHtmlIndex(data: ReportIndex): string {
  const context = buildPageContext(data);
  const flags = new Set<OccurrenceFlag>(data.families.flatMap((f) => f.flagCounts.map((c) => c.flag)));
  return joinIndexParts(renderHtmlIndexParts(data, flags), data.families.map((f) => renderHtmlIndexRow(f, context)));
}
