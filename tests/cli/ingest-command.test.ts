import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";

const root = path.resolve(import.meta.dirname, "../..");
const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

let db: TestDatabase;
let cwd: string;
const env = () => (db.url ? { DATABASE_URL: db.url } : {});

beforeAll(async () => {
  db = await createTestDatabase();
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-ingest-cli-"));
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe("quotetrail ingest", () => {
  it("stores the good files, names each bad one with its reason and exits 4", async () => {
    const dir = path.join(cwd, "batch");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "image.png"), png);
    fs.writeFileSync(path.join(dir, "photo.txt"), png); // binary content under a text extension
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(
      path.join(dir, "wire.jsonl"),
      [
        JSON.stringify({ text: "“We will see what happens next week,” the mayor of Springfield, Ann Lee, said on Monday.", url: "https://example.org/1", outlet: "Example Daily", date: "2024-03-04" }),
        "{\"text\": \"unterminated",
        JSON.stringify({ body: "Officials said the bridge would reopen in May, according to Reuters.", url: "https://example.org/2", date: "2024-03-05" }),
      ].join("\n"),
    );
    fs.copyFileSync(path.join(root, "seeds", "004.txt"), path.join(dir, "memo.txt"));
    const run = await runCli(["ingest", dir, "--quiet"], { cwd, env: env() });
    expect(run.stderr).toMatch(/photo\.txt: .*binary/i);
    expect(run.stderr).toMatch(/empty\.txt: .*empty/i);
    expect(run.stderr).toMatch(/wire\.jsonl#L2: /);
    expect(run.code).toBe(4);
    const status = await runCli(["status", "--json"], { cwd, env: env() });
    const totals = JSON.parse(status.stdout);
    expect(totals.articles).toBe(3); // two good JSONL lines + memo.txt
    expect(totals.mentions).toBeGreaterThan(0);
  });

  it("re-ingesting the same files adds nothing", async () => {
    const before = JSON.parse((await runCli(["status", "--json"], { cwd, env: env() })).stdout);
    const run = await runCli(["ingest", path.join(cwd, "batch"), "--quiet", "--json"], { cwd, env: env() });
    expect(run.code).toBe(4); // the same bad files are rejected again
    const summary = JSON.parse(run.stdout);
    expect(summary.run.new).toBe(0);
    expect(summary.run.unchanged).toBe(3);
    const after = JSON.parse((await runCli(["status", "--json"], { cwd, env: env() })).stdout);
    expect(after).toEqual(before);
  });

  it("stores a second version when an article comes back with one word changed", async () => {
    const file = path.join(cwd, "batch", "memo.txt");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("weighty exhibition", "weighty show"));
    const run = await runCli(["ingest", file, "--quiet", "--json"], { cwd, env: env() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).run.newVersions).toBe(1);
    const totals = JSON.parse((await runCli(["status", "--json"], { cwd, env: env() })).stdout);
    expect(totals.articles).toBe(3);
    expect(totals.versions).toBe(4);
  });

  it("exits 2 for a usage error and 3 when there is nothing to ingest", async () => {
    expect((await runCli(["ingest"], { cwd, env: env() })).code).toBe(2);
    const emptyDir = path.join(cwd, "nothing");
    fs.mkdirSync(emptyDir);
    expect((await runCli(["ingest", emptyDir, "--quiet"], { cwd, env: env() })).code).toBe(3);
  });
});
