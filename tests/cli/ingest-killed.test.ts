import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const total = 5000;

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "quotetrail.mjs");
let cwd: string;

beforeAll(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-killed-"));
  fs.mkdirSync(path.join(cwd, "a"));
  for (let i = 0; i < total; i++) {
    fs.writeFileSync(
      path.join(cwd, "a", `${String(i).padStart(4, "0")}.txt`),
      ` date 2023-08-01 Example\n\nMOSCOW (Reuters) - Officials met on Monday, meeting number ${i}.\n\n` +
        `“We will keep working on item ${i} with all partners in the region,” the minister Anna Kovacs said.\n`,
    );
  }
});
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

function run(args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: "utf8", timeout: 120_000 });
}

describe("an ingest killed mid-batch (embedded database)", () => {
  // Regression: this test used to kill after a fixed 7 s; once ingest got faster the child had
  // already finished, the test waited forever for an "exit" that had come and gone, and nothing
  // was killed mid-batch. Now it kills once the child's own progress lines say it is well under way.
  it("loses nothing already stored, leaves a usable store, and a re-run completes without duplicates", async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bin, "ingest", "a", "--progress", "--json"], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    let readWhenKilled = -1;
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      const counts = [...stderr.matchAll(/ingest (\d+) read/g)].map((m) => Number(m[1]));
      const latest = counts.at(-1) ?? 0;
      if (readWhenKilled < 0 && latest >= 1500) {
        readWhenKilled = latest;
        child.kill("SIGKILL");
      }
    });
    const code = await exited;
    expect(readWhenKilled, `the ingest ended (code ${code}) before it could be killed; stderr:\n${stderr}`).toBeGreaterThan(0);

    const afterKill = run(["status", "--json"]);
    expect(afterKill.status, afterKill.stderr).toBe(0); // the dead process's lock is taken over
    const partial = JSON.parse(afterKill.stdout);
    expect(partial.articles).toBe(partial.versions);
    // batches of 200 are written one at a time behind reading: all but the last few are stored
    expect(partial.articles).toBeGreaterThan(0);
    expect(partial.articles).toBeLessThan(total);
    expect(partial.mentions).toBe(partial.articles); // each stored article came with its quote

    const rerun = run(["ingest", "a", "--quiet", "--json"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.run.unchanged).toBe(partial.articles); // what was stored before the kill is recognised
    expect(summary.run.new).toBe(total - partial.articles);
    expect(summary.totals).toMatchObject({ articles: total, versions: total, mentions: total });
  }, 240_000);
});
