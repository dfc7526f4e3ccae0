import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

export interface ApplyMigrationsOptions {
  /** folder of `<timestamp>_<name>/migration.sql`; default the package's prisma/migrations */
  migrationsDir?: string;
}

export interface ApplyMigrationsResult {
  /** migration folder names applied by this call, in order */
  applied: string[];
}

/** Prisma's own advisory lock key for migrations, so we never race `prisma migrate deploy`. */
const MIGRATION_LOCK_KEY = 72707369;

const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

/**
 * Applies every pending `prisma/migrations/<name>/migration.sql` in name order, each in its own
 * transaction, and records it in Prisma's `_prisma_migrations` table exactly as
 * `prisma migrate deploy` would (sha256 checksum of the file, finished_at, applied_steps_count),
 * so the native engine, where it exists, sees the same history. Already applied migrations are
 * skipped; a migration whose file changed after it was applied, or one Prisma recorded as failed,
 * stops the run with a message saying what to do. Works on Postgres 15 and PGlite.
 */
export async function applyMigrations(client: pg.ClientBase, options: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const dir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const migrations = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  // Session-level lock around everything (table creation included): two processes migrating
  // the same server at once apply each migration exactly once.
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    return await applyPending(client, dir, migrations);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}

async function applyPending(client: pg.ClientBase, dir: string, migrations: readonly string[]): Promise<ApplyMigrationsResult> {
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const applied: string[] = [];
  for (const name of migrations) {
    const script = readFileSync(join(dir, name, "migration.sql"));
    const checksum = createHash("sha256").update(script).digest("hex");
    await client.query("BEGIN");
    try {
      const previous = await client.query<{ checksum: string; finished: boolean }>(
        `SELECT checksum, finished_at IS NOT NULL AS finished FROM "_prisma_migrations"
          WHERE migration_name = $1 AND rolled_back_at IS NULL`,
        [name],
      );
      const done = previous.rows.find((r) => r.finished);
      if (done) {
        if (done.checksum !== checksum) {
          throw new Error(
            `migration ${name} was changed after it was applied (checksum ${done.checksum.slice(0, 12)}… ` +
              `in the database, ${checksum.slice(0, 12)}… on disk). Restore prisma/migrations/${name}/migration.sql ` +
              `and put schema changes in a new migration folder instead.`,
          );
        }
        await client.query("COMMIT");
        continue;
      }
      if (previous.rows.length > 0) {
        throw new Error(
          `migration ${name} is recorded as started but not finished in _prisma_migrations (a failed ` +
            `\`prisma migrate\` run). Fix the database by hand, then mark it rolled back or delete that row.`,
        );
      }
      const started = new Date();
      await client.query(script.toString("utf8"));
      await client.query(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
        [randomUUID(), checksum, name, started],
      );
      await client.query("COMMIT");
      applied.push(name);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (error instanceof Error && !error.message.startsWith("migration ")) {
        error.message = `migration ${name} failed: ${error.message}`;
      }
      throw error;
    }
  }
  return { applied };
}
