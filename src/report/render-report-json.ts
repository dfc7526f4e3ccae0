import type { ReportIndex } from "../view/build-report-data.ts";

/**
 * report.json around its families: `head` up to the opening of the families array, `tail` from
 * its end, so the file can be written family by family (each entry from renderFamilyBatch,
 * joined with ",\n"). The same bytes as `JSON.stringify(data, null, 2)` of the whole report and a
 * newline; with no families, head + tail is that whole file. `index.families` is not read (it may be
 * empty while `summary.families` counts the families to come).
 */
export function renderReportJson(index: ReportIndex): { head: string; tail: string } {
  if (index.summary.families === 0) return { head: `${JSON.stringify({ ...index, families: [] }, null, 2)}\n`, tail: "" };
  // a string no family entry can be: its line in the array is where the families go
  const marker = "\u0000families\u0000";
  const text = `${JSON.stringify({ ...index, families: [marker] }, null, 2)}\n`;
  const line = `    ${JSON.stringify(marker)}`;
  const at = text.indexOf(line);
  return { head: text.slice(0, at), tail: text.slice(at + line.length) };
}
