import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { dirname, relative, isAbsolute } from "node:path";

export interface StoreLock {
  path: string;
  release(): void;
}

/** lock paths held by this process (a second opener inside the same process is refused too) */
const heldHere = new Set<string>();

/**
 * Takes the lock file `lockPath` (holding our pid) so that only one process uses an embedded data
 * directory. A lock left by a process that no longer runs is taken over. Throws a message that
 * names the holder and what to do when another live process holds it.
 */
export function acquireStoreLock(lockPath: string): StoreLock {
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder !== null && isAlive(holder) && (holder !== process.pid || heldHere.has(lockPath))) {
        throw new Error(
          `another quotetrail process (pid ${holder}) is using ${displayDir(dirname(lockPath))}; ` +
            `wait for it or set DATABASE_URL`,
        );
      }
      // stale (dead pid, our own pid from an earlier life, or unreadable half-written file)
      try {
        unlinkSync(lockPath);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== "ENOENT") throw unlinkError;
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    heldHere.add(lockPath);
    const onExit = (): void => release();
    process.once("exit", onExit);
    let released = false;
    function release(): void {
      if (released) return;
      released = true;
      heldHere.delete(lockPath);
      process.removeListener("exit", onExit);
      if (readHolder(lockPath) === process.pid) {
        try {
          unlinkSync(lockPath);
        } catch {
          // already gone
        }
      }
    }
    return { path: lockPath, release };
  }
  throw new Error(`could not take the lock ${lockPath}: it keeps changing; another quotetrail process may be starting`);
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : dir) + "/";
}
