import path from "node:path";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/open-store.ts";
import type { CliContext } from "./command.ts";

/**
 * Opens the database the user configured: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL (PGlite) persisted under <cwd>/.quotetrail/. Applies pending migrations.
 */
export async function openConfiguredStore(context: CliContext): Promise<Store> {
  const databaseUrl = context.env.DATABASE_URL?.trim() || undefined;
  return openStore({
    ...(databaseUrl ? { databaseUrl } : { dataDir: path.join(context.cwd, ".quotetrail", "pgdata") }),
    migrate: true,
  });
}
