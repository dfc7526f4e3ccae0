import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";

// Always embedded (PGlite), whatever TEST_DATABASE_URL says: this is about the embedded database.
const dir = mkdtempSync(join(tmpdir(), "qt-embedded-"));
const dataDir = join(dir, "nested", "pgdata"); // parents do not exist yet
const lockPath = join(dir, "nested", "lock");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("startEmbeddedPostgres / the lock", () => {
  it("creates missing parents, serves a URL with max=1, persists data across restarts, and releases the lock", async () => {
    const store = await openStore({ dataDir });
    expect(store.kind).toBe("embedded");
    expect(store.studioUrl()).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable&max=1$/);
    expect(readFileSync(lockPath, "utf8").trim()).toBe(String(process.pid));
    // a second opener (here: the same process) gets the clear error, not a second server on the same files
    await expect(openStore({ dataDir })).rejects.toThrow(
      new RegExp(`another quotetrail process \\(pid ${process.pid}\\) is using .*nested/; wait for it or set DATABASE_URL`));
    await store.saveArticles([makeArticleBundle({ file: "p.txt", text: "Kept across restarts." })]);
    await store.close();
    expect(existsSync(lockPath)).toBe(false);
    const again = await openStore({ dataDir });
    expect((await again.summary()).articles).toBe(1);
    await again.close();
  });

  // Another process holding the lock, and a lock file naming a live but unrelated process (which
  // must not block): tests/faults/lock-race.test.ts.

  it("takes over a stale lock left by a process that died", async () => {
    const dead = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(lockPath, `${dead.pid}\n`);
    const store = await openStore({ dataDir });
    expect(readFileSync(lockPath, "utf8").trim()).toBe(String(process.pid));
    expect((await store.summary()).articles).toBe(1);
    await store.close();
  });
});
