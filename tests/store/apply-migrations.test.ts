import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

const realDir = new URL("../../prisma/migrations/", import.meta.url).pathname;
const migrationsDir = mkdtempSync(join(tmpdir(), "qt-migrations-"));
cpSync(realDir, migrationsDir, { recursive: true });
const realNames = readdirSync(realDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore({ migrate: false, migrationsDir });
});
afterAll(async () => {
  await t?.cleanup();
  rmSync(migrationsDir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies the migrations and records them as Prisma does", async () => {
    const { applied } = await t.store.migrate();
    expect(realNames[0]).toBe("20261122000000_init");
    expect(realNames).toContain("20261201000000_family_fingerprint");
    expect(applied).toEqual(realNames);
    const rows = await getStoreInternals(t.store).query<Record<string, unknown>>(`SELECT * FROM _prisma_migrations ORDER BY migration_name`);
    const sql = readFileSync(join(realDir, "20261122000000_init", "migration.sql"));
    expect(rows).toHaveLength(realNames.length);
    expect(rows[0]).toMatchObject({
      migration_name: "20261122000000_init",
      checksum: createHash("sha256").update(sql).digest("hex"),
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(String(rows[0]?.id)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("applying twice is a no-op", async () => {
    expect(await t.store.migrate()).toEqual({ applied: [] });
    const rows = await getStoreInternals(t.store).query(`SELECT * FROM _prisma_migrations`);
    expect(rows).toHaveLength(realNames.length);
  });

  it("applies a new migration folder after the applied ones", async () => {
    const dir = join(migrationsDir, "20991123000000_add_note");
    cpSync(join(realDir, "20261122000000_init"), dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), `ALTER TABLE "store_state" ADD COLUMN "note" TEXT;`);
    expect(await t.store.migrate()).toEqual({ applied: ["20991123000000_add_note"] });
    const cols = await getStoreInternals(t.store).query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'store_state' AND column_name = 'note'`);
    expect(cols).toHaveLength(1);
  });

  it("a failing migration leaves no trace and names itself", async () => {
    const dir = join(migrationsDir, "20991124000000_broken");
    cpSync(join(realDir, "20261122000000_init"), dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), `CREATE TABLE "half" (x int); SELECT * FROM "no_such_table";`);
    await expect(t.store.migrate()).rejects.toThrow(/migration 20991124000000_broken failed: .*no_such_table/);
    const half = await getStoreInternals(t.store).query(`SELECT 1 FROM pg_tables WHERE tablename = 'half'`);
    expect(half).toHaveLength(0);
    rmSync(dir, { recursive: true });
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const file = join(migrationsDir, "20261122000000_init", "migration.sql");
    writeFileSync(file, readFileSync(file, "utf8") + "\n-- edited\n");
    await expect(t.store.migrate()).rejects.toThrow(/migration 20261122000000_init was changed after it was applied/);
  });
});
