import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireStoreLock } from "./acquire-store-lock.ts";

export interface StartEmbeddedPostgresOptions {
  /** default `.quotetrail/pgdata` under the current directory; parents are created */
  dataDir?: string;
}

export interface EmbeddedPostgres {
  /** `postgresql://postgres:postgres@127.0.0.1:PORT/postgres?sslmode=disable&max=1` */
  url: string;
  host: string;
  port: number;
  dataDir: string;
  /** the lock file (`<parent of dataDir>/lock`) held while running */
  lockPath: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` behind a Postgres socket server on 127.0.0.1 (random port), after
 * taking the directory's lock so that a second process gets a clear error instead of a corrupted
 * store. The socket server is ONE shared database session: clients must use a single connection
 * (hence `max=1` in the URL, which postgres.js and Prisma Studio read) and never run two
 * transactions at once over it.
 */
export async function startEmbeddedPostgres(options: StartEmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir ?? join(".quotetrail", "pgdata"));
  const lock = await acquireStoreLock(join(dirname(dataDir), "lock"));
  let db: PGlite | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    // Room for the store's one connection plus Prisma Studio's; never use them concurrently.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
    await server.start();
    const conn = server.getServerConn();
    const port = Number.parseInt(conn.slice(conn.lastIndexOf(":") + 1), 10);
    const host = "127.0.0.1";
    const openDb = db;
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable&max=1`,
      host,
      port,
      dataDir,
      lockPath: lock.path,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await server.stop();
          await openDb.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}
