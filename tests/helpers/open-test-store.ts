import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore } from "../../src/store/open-store.ts";
import type { OpenStoreOptions, Store } from "../../src/store/store.ts";

export interface TestStore {
  store: Store;
  kind: "server" | "embedded";
  /** the scratch database's URL (server) or null */
  databaseUrl: string | null;
  /** the embedded data directory (embedded) or null */
  dataDir: string | null;
  /** closes the store and drops the scratch database / deletes the temp directory */
  cleanup(): Promise<void>;
}

export interface OpenTestStoreOptions {
  migrate?: boolean;
  migrationsDir?: string;
  /** this kind whatever TEST_DATABASE_URL says ("server" needs TEST_DATABASE_URL) */
  kind?: "server" | "embedded";
}

/**
 * A fresh, empty store for one test file: a new database `qt_test_<random>` on the server of
 * TEST_DATABASE_URL when it is set (so test files can run in parallel), else an embedded PGlite
 * database in a new temp directory.
 */
export async function openTestStore(options: OpenTestStoreOptions = {}): Promise<TestStore> {
  const storeOptions: OpenStoreOptions = {};
  if (options.migrate !== undefined) storeOptions.migrate = options.migrate;
  if (options.migrationsDir !== undefined) storeOptions.migrationsDir = options.migrationsDir;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (options.kind === "server" && !serverUrl) throw new Error("openTestStore: kind server needs TEST_DATABASE_URL");
  if (serverUrl && options.kind !== "embedded") {
    const name = `qt_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    let store: Store;
    try {
      store = await openStore({ ...storeOptions, databaseUrl });
    } catch (error) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      throw error;
    }
    return {
      store, kind: "server", databaseUrl, dataDir: null,
      async cleanup() {
        await store.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "qt-test-"));
  const dataDir = join(dir, "pgdata");
  let store: Store;
  try {
    store = await openStore({ ...storeOptions, dataDir });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    store, kind: "embedded", databaseUrl: null, dataDir,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
