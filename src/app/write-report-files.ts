import fs from "node:fs/promises";
import path from "node:path";
import type { ReportFile } from "../report/render-report.ts";
import { reachFaultPoint } from "../store/reach-fault-point.ts";
import { makeReportDirectory } from "./make-report-directory.ts";

/** The list of files the report wrote in a directory (the only files it ever replaces or deletes). */
const REPORT_MANIFEST = ".quotetrail-report.json";
const TEMP_PREFIX = ".quotetrail-report-tmp-";
/** parts of pages being assembled (outlet rows, speaker blocks), inside the temporary directory */
const SCRATCH = ".scratch";

/**
 * Writes rendered report files under outDir so that a crash at any moment leaves every file
 * either old or new, never partly written (see openReportWriter).
 */
export async function writeReportFiles(outDir: string, files: readonly ReportFile[]): Promise<void> {
  const writer = await openReportWriter(outDir);
  try {
    for (const file of files) await writer.add(file.path, file.content);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** A report being written file by file (openReportWriter). */
export interface ReportWriter {
  /** writes a file of the report into the temporary directory */
  add(rel: string, content: string): Promise<void>;
  /** appends to a file of the report in the temporary directory (a file written in parts: report.json) */
  append(rel: string, content: string): Promise<void>;
  /** a scratch directory inside the temporary one, removed with it (never renamed into place) */
  scratch: string;
  /** moves every file written into place (see openReportWriter) */
  commit(): Promise<void>;
  /** removes the temporary directory; nothing outside it was touched */
  abort(): Promise<void>;
}

/**
 * Opens a report in outDir, written file by file so that a report never has to be held whole in
 * memory, and replaced so that a crash at any moment leaves every file either old or new:
 * 1. every file is written into a fresh temporary directory inside outDir (same file system);
 * 2. at commit, the manifest (REPORT_MANIFEST) is widened to the old files plus the new ones;
 * 3. the files are renamed into place, family pages first and the indexes last, so an index on
 *    disk never links to a page that is not there yet;
 * 4. files of the previous report that this one does not include (families that no longer
 *    exist) are deleted, then the manifest is narrowed to the files written.
 * Only files listed in the manifest are ever replaced or deleted: a file at a report path that the
 * report did not write (the user's own index.md) stops the commit before anything outside the
 * temporary directory is touched. A re-run after a crash completes the work and cleans up the
 * temporary directory.
 */
export async function openReportWriter(outDir: string): Promise<ReportWriter> {
  await makeReportDirectory(outDir);
  const previous = await readManifest(outDir);
  for (const entry of await fs.readdir(outDir)) {
    // left by a report that was killed
    if (entry.startsWith(TEMP_PREFIX)) await fs.rm(path.join(outDir, entry), { recursive: true, force: true });
  }
  const temp = await fs.mkdtemp(path.join(outDir, TEMP_PREFIX));
  const scratch = path.join(temp, SCRATCH);
  await fs.mkdir(scratch);
  const wanted = new Set<string>();
  const foreign: string[] = [];
  const register = async (file: string): Promise<string> => {
    const rel = toPosix(path.normalize(file));
    if (rel.startsWith("../") || path.isAbsolute(rel) || rel === REPORT_MANIFEST || rel.startsWith(TEMP_PREFIX) || rel === SCRATCH || rel.startsWith(`${SCRATCH}/`)) {
      throw new Error(`report file path ${rel} is not allowed`);
    }
    if (!wanted.has(rel)) {
      wanted.add(rel);
      if (!previous.has(rel) && (await exists(path.join(outDir, rel)))) foreign.push(rel);
      await fs.mkdir(path.dirname(path.join(temp, rel)), { recursive: true });
    }
    return path.join(temp, rel);
  };
  return {
    scratch,
    async add(rel, content) {
      await fs.writeFile(await register(rel), content);
      reachFaultPoint("report-file");
    },
    async append(rel, content) {
      await fs.appendFile(await register(rel), content);
    },
    async commit() {
      if (foreign.length > 0) {
        throw new Error(
          `${where(outDir)} holds files the report would replace but did not write (not listed in ${REPORT_MANIFEST}): ` +
            `${foreign.slice(0, 5).join(", ")}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ""}. ` +
            `Move them away, or choose another --out directory.`,
        );
      }
      await fs.rm(scratch, { recursive: true, force: true });
      await writeManifest(outDir, new Set([...previous, ...wanted]));
      const indexesLast = [...wanted].sort((a, b) => Number(!a.includes("/")) - Number(!b.includes("/")));
      for (const rel of indexesLast) {
        const target = path.join(outDir, rel);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.rename(path.join(temp, rel), target);
        reachFaultPoint("report-swap");
      }
      for (const rel of previous) {
        if (!wanted.has(rel)) await fs.rm(path.join(outDir, rel), { force: true });
      }
      await writeManifest(outDir, wanted);
      await fs.rm(temp, { recursive: true, force: true });
    },
    async abort() {
      await fs.rm(temp, { recursive: true, force: true });
    },
  };
}

async function readManifest(outDir: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await fs.readFile(path.join(outDir, REPORT_MANIFEST), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  const list = (parsed as { files?: unknown }).files;
  if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
    throw new Error(`${path.join(where(outDir), REPORT_MANIFEST)} is damaged: delete it and the report files it listed`);
  }
  // never follow a listed path out of outDir
  return new Set(list.filter((f) => path.posix.normalize(f) === f && f !== "." && f !== ".." && !f.startsWith("../") && !path.isAbsolute(f)));
}

async function writeManifest(outDir: string, files: ReadonlySet<string>): Promise<void> {
  const body = {
    about: "files written by `quotetrail report` in this directory; it replaces or deletes only these",
    files: [...files].sort(),
  };
  const target = path.join(outDir, REPORT_MANIFEST);
  await fs.writeFile(`${target}.tmp`, `${JSON.stringify(body, null, 2)}\n`);
  await fs.rename(`${target}.tmp`, target);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

function toPosix(rel: string): string {
  return rel.split(path.sep).join("/");
}

function where(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? `${rel}/` : `${dir}/`;
}
