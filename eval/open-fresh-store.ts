import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore, type Store } from "../src/store/open-store.ts";

export interface FreshStore {
  store: Store;
  /** where the data lives, for the report (a server URL never shows its password) */
  where: string;
  /** closes the store and drops the database (server) or deletes the temp directory (embedded) */
  dispose: () => Promise<void>;
}

/**
 * A fresh, empty, migrated store for one evaluation run: with `databaseUrl`, a new database
 * `qt_eval_<random>` created on that server (and dropped by dispose); otherwise an embedded PGlite
 * database in a new temp directory (deleted by dispose).
 */
export async function openFreshStore(databaseUrl: string | undefined): Promise<FreshStore> {
  if (databaseUrl) {
    const name = `qt_eval_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    const drop = async (): Promise<void> => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    };
    let store: Store;
    try {
      store = await openStore({ databaseUrl: url.toString(), migrate: true });
    } catch (error) {
      await drop().catch(() => undefined);
      throw error;
    }
    const shown = new URL(url.toString());
    if (shown.password) shown.password = "***";
    return { store, where: `server ${shown.host}, fresh database ${name} (dropped after)`, dispose: async () => {
      try {
        await store.close();
      } finally {
        await drop();
      }
    } };
  }
  const dir = await mkdtemp(join(tmpdir(), "quotetrail-eval-db-"));
  let store: Store;
  try {
    store = await openStore({ dataDir: join(dir, "pgdata"), migrate: true });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { store, where: `embedded PGlite in ${dir} (deleted after)`, dispose: async () => {
    try {
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } };
}
