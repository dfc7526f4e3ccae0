import fs from "node:fs/promises";
import path from "node:path";
import { renderReport } from "../report/render-report.ts";
import type { ReportFile, ReportFormat } from "../report/render-report.ts";
import type { Store } from "../store/open-store.ts";

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
  const wanted = new Set(files.map((f) => path.normalize(f.path)));
  for (const file of files) {
    const target = path.join(options.outDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
  for (const existing of await listFiles(options.outDir)) {
    const rel = path.normalize(path.relative(options.outDir, existing));
    const ours = /^(families[\\/].*|index\.(md|html)|report\.json)$/.test(rel);
    if (ours && !wanted.has(rel)) await fs.rm(existing);
  }
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}
