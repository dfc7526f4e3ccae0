import path from "node:path";
import type { Store, StoreSummary } from "../store/open-store.ts";
import { ingestFiles, type IngestFilesOptions, type IngestFilesResult } from "./ingest-files.ts";
import { updateMatches, type UpdateMatchesResult } from "./update-matches.ts";
import { writeReport } from "./write-report.ts";

export interface RunDemoOptions {
  /** the repository root: seeds/ is read from it and reports/ written into it */
  cwd: string;
  /** ISO time stamped on the reports; default the latest page date in the corpus (reproducible) */
  generatedAt?: string;
  onProgress?: IngestFilesOptions["onProgress"];
  /** called once ingest is done, before matching (a progress bar stops here) */
  onIngested?: () => void;
}

export interface RunDemoResult {
  ingest: IngestFilesResult;
  match: UpdateMatchesResult;
  /** what the database holds after the run */
  totals: StoreSummary;
  /** the files written, relative to `reportDir` */
  /** the report files written (paths relative to reportDir, sorted) */
  reportFiles: string[];
  /** "reports", relative to `cwd` */
  reportDir: string;
}

const SEEDS_DIR = "seeds";
const REPORT_DIR = "reports";

/**
 * The `demo` use case, the whole job on the example articles: ingests seeds/ (idempotent: a
 * second run adds nothing), settles the families, and writes reports/ in Markdown, HTML and JSON.
 */
export async function runDemo(store: Store, options: RunDemoOptions): Promise<RunDemoResult> {
  const ingest = await ingestFiles(store, {
    paths: [SEEDS_DIR], // relative: article ids and reports must not depend on where the clone lives
    cwd: options.cwd,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  options.onIngested?.();
  // Always settle families: a first run after an interrupted one may have articles but no families.
  const match = await updateMatches(store, { rebuild: false });
  const totals = await store.summary();
  // The committed example reports must be reproducible: stamp them with the corpus's latest page
  // date unless the caller gives a time.
  let generatedAt = options.generatedAt;
  if (generatedAt === undefined) {
    const corpus = await store.loadCorpus();
    const latest = corpus.articles.map((a) => a.publishedAt ?? "").sort().at(-1) || "1970-01-01";
    generatedAt = `${latest}T00:00:00.000Z`;
  }
  const reportFiles = await writeReport(store, {
    outDir: path.join(options.cwd, REPORT_DIR),
    formats: ["md", "html", "json"],
    generatedAt,
  });
  return { ingest, match, totals, reportFiles, reportDir: REPORT_DIR };
}
