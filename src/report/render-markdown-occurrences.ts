import { listOccurrenceColumns, type OccurrenceTableOptions } from "./list-occurrence-columns.ts";

/**
 * The Markdown twin of renderHtmlOccurrences: a table of occurrence rows rendered by
 * renderMarkdownOccurrenceRow with the same options, in the order given.
 */
export function renderMarkdownOccurrences(rows: readonly string[], options: OccurrenceTableOptions): string {
  const head = listOccurrenceColumns(options);
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows].join("\n");
}
