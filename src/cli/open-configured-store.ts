import path from "node:path";
import type { Store } from "../store/open-store.ts";
import { CliError } from "./cli-error.ts";
import type { CliContext } from "./command.ts";

export interface OpenConfiguredStoreOptions {
  /** apply pending migrations when opening (default true); `db migrate` applies them itself */
  migrate?: boolean;
}

/**
 * Opens the database the user configured: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL (PGlite) persisted under <cwd>/.quotetrail/. Applies pending migrations unless told
 * not to. A DATABASE_URL that is not a PostgreSQL URL stops the command with what to do.
 */
export async function openConfiguredStore(context: CliContext, options: OpenConfiguredStoreOptions = {}): Promise<Store> {
  const databaseUrl = context.env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined) checkDatabaseUrl(databaseUrl);
  // Loaded here, not at the top: a command's --help then loads neither pg nor the store.
  const { openStore } = await import("../store/open-store.ts");
  return openStore({
    ...(databaseUrl ? { databaseUrl } : { dataDir: path.join(context.cwd, ".quotetrail", "pgdata") }),
    migrate: options.migrate ?? true,
  });
}

const URL_SHAPE = "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE";
const UNSET = "or unset DATABASE_URL to use the embedded database under .quotetrail/";

/** Rejects what pg would misread (it takes "notaurl" for a host name "base"); never echoes a password. */
function checkDatabaseUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`DATABASE_URL is not a URL; set it to ${URL_SHAPE}, ${UNSET}`);
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new CliError(
      `DATABASE_URL must be a postgresql:// URL (it starts with "${parsed.protocol}"): quotetrail stores its data ` +
        `in PostgreSQL only; set it to ${URL_SHAPE}, ${UNSET}`,
    );
  }
}
