import { renderReport } from "../report/render-report.ts";
import type { ReportFile, ReportFormat } from "../report/render-report.ts";
import type { Store } from "../store/open-store.ts";
import { writeReportFiles } from "./write-report-files.ts";
import { makeReportDirectory } from "./make-report-directory.ts";

export interface WriteReportOptions {
  outDir: string;
  formats: ReportFormat[];
  generatedAt: string;
}

/**
 * Renders the reports from what the store holds and writes them under outDir (see
 * writeReportFiles: each file replaced atomically, files of an earlier report that this one did
 * not produce removed, files the report did not write never touched).
 */
export async function writeReport(store: Store, options: WriteReportOptions): Promise<ReportFile[]> {
  // an unusable --out fails before the work, not after it
  await makeReportDirectory(options.outDir);
  const corpus = await store.loadCorpus();
  const { result, provenance } = await store.loadMatch();
  const files = renderReport({ corpus, match: result, provenance, generatedAt: options.generatedAt }, { formats: options.formats });
  await writeReportFiles(options.outDir, files);
  return files;
}
