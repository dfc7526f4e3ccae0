import { spawn } from "node:child_process";
import path from "node:path";

export interface QuotetrailExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnQuotetrailOptions {
  cwd: string;
  /** DATABASE_URL; undefined = the embedded database under cwd */
  databaseUrl?: string;
  /** QUOTETRAIL_FAULT_POINT: the process kills itself with SIGKILL there */
  faultPoint?: string;
  env?: Record<string, string>;
}

const bin = path.resolve(import.meta.dirname, "../../bin/quotetrail.mjs");

/** Runs `quotetrail <args>` as its own process (so it can die) and resolves when it ends. */
export function spawnQuotetrail(args: readonly string[], options: SpawnQuotetrailOptions): Promise<QuotetrailExit> {
  const env: Record<string, string | undefined> = { ...process.env, QUOTETRAIL_NOW: "2026-01-01T00:00:00.000Z", ...options.env };
  delete env.DATABASE_URL;
  delete env.QUOTETRAIL_FAULT_POINT;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.faultPoint) env.QUOTETRAIL_FAULT_POINT = options.faultPoint;
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (t: string) => void (stdout += t));
  child.stderr.setEncoding("utf8").on("data", (t: string) => void (stderr += t));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
