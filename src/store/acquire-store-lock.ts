import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { basename, dirname, isAbsolute, join, relative } from "node:path";

export interface StoreLock {
  path: string;
  release(): void;
}

/**
 * Takes the lock of an embedded data directory so that only one process uses it at a time.
 *
 * The lock itself is held by the operating system: a listening Unix socket in Linux's abstract
 * namespace whose name is derived from the lock file's real path. The kernel lets one socket at a
 * time bind a name and frees it the moment its process ends (kill -9 included), so there is no
 * stale lock to take over and a pid reused by an unrelated process cannot block it; two processes
 * starting together cannot both win. The lock file `lockPath` only records the holder's pid for the
 * error message (it is not trusted for anything). Throws a message naming the holder and what to
 * do when another process holds the lock.
 */
export async function acquireStoreLock(lockPath: string): Promise<StoreLock> {
  const dir = dirname(lockPath);
  mkdirSync(dir, { recursive: true });
  const key = createHash("sha256").update(join(realpathSync(dir), basename(lockPath))).digest("hex");
  let server: Server;
  try {
    server = await listenOn(socketPath(lockPath, key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") {
      throw new Error(`could not lock ${displayDir(dir)}: ${(error as Error).message}`);
    }
    const holder = readHolder(lockPath);
    throw new Error(
      `another quotetrail process${holder === null ? "" : ` (pid ${holder})`} is using ${displayDir(dir)}; ` +
        `wait for it or set DATABASE_URL`,
    );
  }
  // the socket must not keep the process alive; connections (the stale probe) are closed at once
  server.unref();
  server.on("connection", (socket) => socket.destroy());
  writeHolder(lockPath);
  let released = false;
  const onExit = (): void => release();
  process.once("exit", onExit);
  function release(): void {
    if (released) return;
    released = true;
    process.removeListener("exit", onExit);
    if (readHolder(lockPath) === process.pid) {
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    }
    server.close();
  }
  return { path: lockPath, release };
}

/** Records our pid in the lock file (written aside and renamed, so readers never see half of it). */
function writeHolder(lockPath: string): void {
  const aside = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(aside, `${process.pid}\n`);
  renameSync(aside, lockPath);
}

/**
 * Linux: the abstract namespace (no file; freed by the kernel when the process ends). Windows: a
 * named pipe (the same). Elsewhere (macOS, BSD) a socket file next to the lock, which a dead
 * holder leaves behind: it is taken over when nobody answers on it (a narrow race remains there).
 */
function socketPath(lockPath: string, key: string): string {
  if (process.platform === "linux") return `\0quotetrail-lock-${key}`;
  if (process.platform === "win32") return `\\\\?\\pipe\\quotetrail-lock-${key}`;
  return `${lockPath}.sock`;
}

async function listenOn(path: string): Promise<Server> {
  const listen = (): Promise<Server> => new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error) => {
      server.close();
      reject(error);
    });
    server.listen({ path, exclusive: true }, () => resolve(server));
  });
  try {
    return await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || path.startsWith("\0") || path.startsWith("\\\\")) throw error;
    // a socket file: stale when nobody listens on it
    const alive = await new Promise<boolean>((resolve) => {
      const probe = connect(path);
      probe.once("connect", () => (probe.destroy(), resolve(true)));
      probe.once("error", () => resolve(false));
    });
    if (alive) throw error;
    rmSync(path, { force: true });
    return listen();
  }
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return (rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : dir) + "/";
}
