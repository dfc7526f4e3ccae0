import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";

export const dbCommand = defineCommand({
  name: "db",
  help: `Usage: quotetrail db migrate

Applies the migrations in prisma/migrations/ that the database has not seen yet, recording each
in Prisma's _prisma_migrations table (so \`prisma migrate deploy\` agrees where it can run), and
says which it applied. Every other command applies pending migrations too, silently, when it
opens the database. Uses DATABASE_URL when set, else the embedded database under .quotetrail/.

Options:
  -h, --help  show this help
`,
  options: {},
  async run(context, args) {
    const [sub] = args.positionals;
    if (sub !== "migrate") throw new CliError(sub ? `unknown db command "${sub}"` : "missing db command", ExitCode.usage);
    // Opened without migrating, so that what this command reports is what it applied itself.
    const store = await openConfiguredStore(context, { migrate: false });
    try {
      const { applied } = await store.migrate();
      context.stdout(
        applied.length === 0
          ? "database is up to date: every migration in prisma/migrations was already applied (commands apply them when they open the database)\n"
          : `applied ${applied.length} migration(s): ${applied.join(", ")}\n`,
      );
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
