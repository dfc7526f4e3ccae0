import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const targets = [
  { label: "the embedded database", server: false },
  ...(process.env.TEST_DATABASE_URL ? [{ label: "the real server (TEST_DATABASE_URL)", server: true }] : []),
];

describe("quotetrail studio", () => {
  it.each(targets)("serves Prisma Studio (HTTP 200) on $label", async ({ server }) => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    if (server && db.url) env.DATABASE_URL = db.url;
    const child = spawn(process.execPath, [path.join(root, "bin", "quotetrail.mjs"), "studio", "--port", String(port)], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    try {
      let status = 0;
      const deadline = Date.now() + 60_000;
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
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }, 90_000);
});
