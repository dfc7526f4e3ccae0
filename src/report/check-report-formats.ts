import type { ReportFormat } from "./render-report.ts";

/** The formats asked, checked (a report of an unknown format is an error, not an empty report). */
export function checkReportFormats(formats: readonly ReportFormat[]): Set<ReportFormat> {
  for (const format of formats) {
    if (format !== "md" && format !== "html" && format !== "json") {
      throw new Error(`Unknown report format "${String(format)}": use md, html or json (comma-separated).`);
    }
  }
  return new Set(formats);
}
