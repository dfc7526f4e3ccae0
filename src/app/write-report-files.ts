import fs from "node:fs/promises";
import path from "node:path";
import type { ReportFile } from "../report/render-report.ts";

/**
 * Writes rendered report files under outDir and removes report files of an earlier run that
 * these do not include (families that no longer exist), so the directory matches the files given.
 * Other files in outDir are left alone.
 */
export async function writeReportFiles(outDir: string, files: readonly ReportFile[]): Promise<void> {
  const wanted = new Set(files.map((f) => path.normalize(f.path)));
  for (const file of files) {
    const target = path.join(outDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
  for (const existing of await listFiles(outDir)) {
    const rel = path.normalize(path.relative(outDir, existing));
    const ours = /^(families[\\/].*|index\.(md|html)|report\.json)$/.test(rel);
    if (ours && !wanted.has(rel)) await fs.rm(existing);
  }
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
