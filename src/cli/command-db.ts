import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";

export const dbCommand = defineCommand({
  name: "db",
  help: `Usage: quotetrail db migrate

Applies the migrations in prisma/migrations/ that the database has not seen yet, recording each
in Prisma's _prisma_migrations table (so \`prisma migrate deploy\` agrees where it can run).
Uses DATABASE_URL when set, else the embedded database under .quotetrail/.

Options:
  -h, --help  show this help
`,
  options: {},
  async run(context, args) {
    const [sub] = args.positionals;
    if (sub !== "migrate") throw new CliError(sub ? `unknown db command "${sub}"` : "missing db command", ExitCode.usage);
    const store = await openConfiguredStore(context);
    try {
      const { applied } = await store.migrate();
      context.stdout(applied.length === 0 ? "database is up to date\n" : `applied ${applied.length} migration(s): ${applied.join(", ")}\n`);
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
