import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";

const root = path.resolve(import.meta.dirname, "../..");
const migrations = fs.readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
let cwd: string;
let db: TestDatabase;

beforeAll(async () => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-db-url-"));
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe("DATABASE_URL (issue 9 #12)", () => {
  it("rejects a URL of another database (it used to connect to PostgreSQL anyway), without echoing the password", async () => {
    const run = await runCli(["status"], { cwd, env: { DATABASE_URL: "mysql://root:hunter2@127.0.0.1:3306/quotes" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quotetrail status: DATABASE_URL must be a postgresql:\/\/ URL \(it starts with "mysql:"\)/);
    expect(run.stderr).toContain("unset DATABASE_URL");
    expect(run.stderr).not.toContain("hunter2");
    expect(run.stdout).toBe("");
  });

  it('says what is wrong with "notaurl" and what to do (it used to say "ENOTFOUND base")', async () => {
    const run = await runCli(["status"], { cwd, env: { DATABASE_URL: "notaurl" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quotetrail status: DATABASE_URL is not a URL; set it to postgresql:\/\/USER/);
    expect(run.stderr).not.toContain("ENOTFOUND");
  });
});

describe("quotetrail db migrate (issue 9 #12)", () => {
  it("on a fresh database reports the migrations it applied (it said \"up to date\": opening had applied them silently)", async () => {
    const env = db.url ? { DATABASE_URL: db.url } : {};
    const first = await runCli(["db", "migrate"], { cwd, env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`applied ${migrations.length} migration(s): ${migrations.join(", ")}\n`);
    const again = await runCli(["db", "migrate"], { cwd, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^database is up to date: every migration in prisma\/migrations was already applied/);
  });
});
