import { CliError } from "./cli-error.ts";
import type { CliContext } from "./command.ts";

/**
 * Stops a work-queue command at once when DATABASE_URL is not set, before the embedded database
 * starts: the embedded one admits one process at a time, so there is nobody to share work with.
 */
export function requireDatabaseServer(context: CliContext, command: string): void {
  if (context.env.DATABASE_URL?.trim()) return;
  throw new CliError(
    `${command} needs a PostgreSQL server (set DATABASE_URL): the embedded database admits one process at a time, ` +
      "so there is no other worker to share the work with; use `quotetrail ingest` on it instead",
  );
}
