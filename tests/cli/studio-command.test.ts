import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";
import { findFreePort } from "../helpers/find-free-port.ts";

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
let cwd: string;

beforeAll(async () => {
  db = await createTestDatabase();
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-studio-"));
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(cwd, { recursive: true, force: true });
});

/** pids of every process below `pid` (Linux /proc; empty elsewhere) */
function descendants(pid: number): number[] {
  if (!fs.existsSync("/proc/self/stat")) return [];
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** The test database's URL with a password in it (trust auth ignores it, as on CI's server). */
function withPassword(url: string): { url: string; password: string } {
  const parsed = new URL(url);
  if (parsed.password === "") parsed.password = "studio-secret-pw";
  return { url: parsed.toString(), password: decodeURIComponent(parsed.password) };
}

const targets = [
  { label: "the embedded database", server: false },
  ...(process.env.TEST_DATABASE_URL ? [{ label: "the real server (TEST_DATABASE_URL)", server: true }] : []),
];

describe("quotetrail studio", () => {
  it.each(targets)("serves Prisma Studio (HTTP 200) on $label, with no database URL or password on any command line (issue 9 #11)", async ({ server }) => {
    const port = await findFreePort();
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const secret = server && db.url ? withPassword(db.url) : null;
    if (secret) env.DATABASE_URL = secret.url;
    const child = spawn(process.execPath, [path.join(root, "bin", "quotetrail.mjs"), "studio", "--port", String(port)], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      let status = 0;
      const deadline = Date.now() + 150_000;
      while (Date.now() < deadline && child.exitCode === null) {
        try {
          status = (await fetch(`http://127.0.0.1:${port}/`)).status;
          if (status === 200) break;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(status, output).toBe(200);
      // Studio reached the configured database through the environment (it used to get --url).
      const response = await fetch(`http://127.0.0.1:${port}/bff`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ procedure: "query", query: { sql: "select current_database() as db", parameters: [] } }),
      });
      const [error, rows] = (await response.json()) as [unknown, { db: string }[] | undefined];
      expect(error, output).toBeNull();
      expect(rows?.[0]?.db).toBe(secret ? new URL(secret.url).pathname.slice(1) : "postgres");
      if (fs.existsSync("/proc/self/cmdline")) {
        const lines = descendants(child.pid as number).map(commandLine);
        expect(lines.some((l) => l.includes("studio")), lines.join("\n")).toBe(true);
        for (const line of [commandLine(child.pid as number), ...lines]) {
          expect(line).not.toMatch(/postgres(ql)?:\/\//);
          if (secret) expect(line).not.toContain(secret.password);
        }
      }
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }, 200_000);
});
