import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";

const root = path.resolve(import.meta.dirname, "../..");
let db: TestDatabase;
let cwd: string;

beforeAll(async () => {
  db = await createTestDatabase();
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-demo-"));
  fs.cpSync(path.join(root, "seeds"), path.join(cwd, "seeds"), { recursive: true });
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe("quotetrail demo", () => {
  it("ingests the five seeds from five outlets with their dates, and a second run adds nothing", async () => {
    const env = db.url ? { DATABASE_URL: db.url } : {};
    const first = await runCli(["demo", "--quiet"], { cwd, env });
    // ingest shows warnings as extract does (the seeds have unbalanced quote marks): no rejection, no error
    expect(first.stderr).not.toMatch(/^rejected |: error: /m);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested: 5 new/);
    expect(first.stdout).toMatch(/5 articles \(5 versions\) from 5 outlets/);
    expect(fs.existsSync(path.join(cwd, "reports", "index.html"))).toBe(true);
    if (!db.url) expect(fs.existsSync(path.join(cwd, ".quotetrail"))).toBe(true);

    const second = await runCli(["demo", "--quiet"], { cwd, env });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ingested: 0 new, 0 new version\(s\), 5 unchanged/);
    const totals = JSON.parse((await runCli(["status", "--json"], { cwd, env })).stdout);
    expect(totals).toMatchObject({ articles: 5, versions: 5, outlets: 5 });

  });

  it("audits a quote by fragment (--json), by id, and exits 3 with candidates when nothing matches", async () => {
    const env = db.url ? { DATABASE_URL: db.url } : {};
    const found = await runCli(["audit", "find a larger space to hold drills", "--json"], { cwd, env });
    expect(found.code).toBe(0);
    const doc = JSON.parse(found.stdout);
    expect(Object.keys(doc)).toEqual(["query", "lookup", "familyCount", "minScore", "family", "candidates"]);
    expect(doc.family.speaker).toEqual({ name: "Li Shangfu" });
    expect(doc.family.origin).toEqual({ name: "TASS" });
    const byId = await runCli(["audit", "--id", doc.family.id], { cwd, env });
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain(doc.family.id);
    const none = await runCli(["audit", "completely unrelated words about the weather in Lisbon", "--json"], { cwd, env });
    expect(none.code).toBe(3);
    const miss = JSON.parse(none.stdout);
    expect(miss.family).toBeNull();
    expect(miss.candidates.length).toBeGreaterThan(0);
    expect((await runCli(["audit"], { cwd, env })).code).toBe(2);
  });

  it("writes the same reports/ as the committed example (UPDATE_GOLDEN=1 refreshes it)", () => {
    const fresh = listFiles(path.join(cwd, "reports"));
    const committedDir = path.join(root, "reports");
    if (process.env.UPDATE_GOLDEN) {
      fs.rmSync(committedDir, { recursive: true, force: true });
      fs.cpSync(path.join(cwd, "reports"), committedDir, { recursive: true });
    }
    const committed = listFiles(committedDir);
    expect(Object.keys(fresh).sort(), "reports/ is stale: run `npm run demo` and commit reports/").toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(fresh)) {
      expect(content, `reports/${file} is stale: run \`npm run demo\` and commit reports/`).toBe(committed[file]);
    }
  });
});

function listFiles(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, listFiles(path.join(dir, entry.name), rel));
    else out[rel] = fs.readFileSync(path.join(dir, entry.name), "utf8");
  }
  return out;
}
