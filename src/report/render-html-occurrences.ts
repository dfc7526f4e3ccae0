import { listOccurrenceColumns, type OccurrenceTableOptions } from "./list-occurrence-columns.ts";

/**
 * A table of occurrence rows rendered by renderHtmlOccurrenceRow with the same options, in the
 * order given, inside a box that scrolls sideways on a narrow screen.
 */
export function renderHtmlOccurrences(rows: readonly string[], options: OccurrenceTableOptions): string {
  const head = listOccurrenceColumns(options);
  return [`<div class="scroll"><table class="occurrences"><thead><tr>${head.map((c) => `<th>${c}</th>`).join("")}</tr></thead><tbody>`,
    ...rows, "</tbody></table></div>"].join("\n");
}
