import type { ReportIndex } from "../view/build-report-data.ts";
import { buildPageContext } from "./build-page-context.ts";
import { joinIndexParts } from "./join-index-parts.ts";
import { renderMarkdownIndexParts } from "./render-markdown-index-parts.ts";
import { renderMarkdownIndexRow } from "./render-markdown-index-row.ts";

/** index.md whole (see renderMarkdownIndexParts). */
export function renderMarkdownIndex(data: ReportIndex): string {
  const context = buildPageContext(data);
  return joinIndexParts(renderMarkdownIndexParts(data), data.families.map((f) => renderMarkdownIndexRow(f, context)));
}
