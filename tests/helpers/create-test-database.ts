import pg from "pg";

export interface TestDatabase {
  /** DATABASE_URL for the commands under test; undefined = use the embedded database */
  url: string | undefined;
  drop: () => Promise<void>;
}

/**
 * With TEST_DATABASE_URL set (CI: the local PostgreSQL 15), creates a fresh database on that
 * server so test files can run in parallel; otherwise returns url undefined and the commands use
 * the embedded PGlite under their temp cwd.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const name = `qt_cli_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
