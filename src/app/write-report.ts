import { renderReport } from "../report/render-report.ts";
import type { ReportFile, ReportFormat } from "../report/render-report.ts";
import type { Store } from "../store/open-store.ts";
import { writeReportFiles } from "./write-report-files.ts";

export interface WriteReportOptions {
  outDir: string;
  formats: ReportFormat[];
  generatedAt: string;
}

/**
 * Renders the reports from what the store holds and writes them under outDir. Files of an
 * earlier run that this run did not produce (families that no longer exist) are removed, so
 * the directory always matches the database.
 */
export async function writeReport(store: Store, options: WriteReportOptions): Promise<ReportFile[]> {
  const corpus = await store.loadCorpus();
  const { result, provenance } = await store.loadMatch();
  const files = renderReport({ corpus, match: result, provenance, generatedAt: options.generatedAt }, { formats: options.formats });
  await writeReportFiles(options.outDir, files);
  return files;
}
