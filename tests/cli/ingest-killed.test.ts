import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "quotetrail.mjs");
let cwd: string;

beforeAll(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-killed-"));
  fs.mkdirSync(path.join(cwd, "a"));
  for (let i = 0; i < 1200; i++) {
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
  it("loses nothing already stored, leaves a usable store, and a re-run completes without duplicates", async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [bin, "ingest", "a", "--quiet"], { cwd, env, stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 7000));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    const afterKill = run(["status", "--json"]);
    expect(afterKill.status, afterKill.stderr).toBe(0); // the dead process's lock is taken over
    const partial = JSON.parse(afterKill.stdout);
    expect(partial.articles).toBe(partial.versions);
    expect(partial.articles).toBeLessThanOrEqual(1200);

    const rerun = run(["ingest", "a", "--quiet", "--json"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.run.unchanged).toBe(partial.articles); // what was stored before the kill is recognised
    expect(summary.run.new).toBe(1200 - partial.articles);
    expect(summary.totals).toMatchObject({ articles: 1200, versions: 1200, mentions: 1200 });
  }, 240_000);
});
