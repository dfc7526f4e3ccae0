import fs from "node:fs/promises";
import path from "node:path";

/**
 * Creates the report directory and its missing parents one level at a time, and checks that it is
 * writable, failing with a clear message. (Node's recursive mkdir loops
 * forever at 100 % CPU where mkdir keeps failing with ENOENT, as under /proc: issue 9 #8.)
 */
export async function makeReportDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      if ((await fs.stat(at)).isDirectory()) break;
      throw new Error(`cannot write the report to ${where(dir)}: ${at} is not a directory`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTDIR") throw new Error(`cannot write the report to ${where(dir)}: a part of the path is not a directory`);
      if (code !== "ENOENT") throw error;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    try {
      await fs.mkdir(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new Error(`cannot create the report directory ${where(dir)}: ${(error as Error).message}`);
    }
  }
  try {
    await fs.access(dir, fs.constants.W_OK);
  } catch (error) {
    throw new Error(`cannot write the report to ${where(dir)}: ${(error as Error).message}`);
  }
}

function where(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? `${rel}/` : `${dir}/`;
}
