import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { CliError, ExitCode } from "./cli-error.ts";
import type { CliContext, Command } from "./command.ts";

/** Commands load lazily so `quotetrail extract` never loads Prisma. */
const commands: Record<string, () => Promise<Command>> = {
  demo: async () => (await import("./command-demo.ts")).demoCommand,
  ingest: async () => (await import("./command-ingest.ts")).ingestCommand,
  extract: async () => (await import("./command-extract.ts")).extractCommand,
  match: async () => (await import("./command-match.ts")).matchCommand,
  report: async () => (await import("./command-report.ts")).reportCommand,
  audit: async () => (await import("./command-audit.ts")).auditCommand,
  db: async () => (await import("./command-db.ts")).dbCommand,
  studio: async () => (await import("./command-studio.ts")).studioCommand,
  status: async () => (await import("./command-status.ts")).statusCommand,
};

const summaries: Record<string, string> = {
  demo: "set up the database, ingest seeds/, match, write reports/ and print a summary",
  ingest: "ingest article files or directories (.txt, .html, .json, .jsonl) into the database",
  extract: "print the quotes found in files, without a database (--json for the contract)",
  match: "group stored quotes into families across outlets (--rebuild recomputes everything)",
  report: "write provenance and drift reports (Markdown, HTML, JSON)",
  audit: "trace one quote: who said it, who relayed it, what each outlet changed",
  db: "database commands: `db migrate`",
  studio: "open Prisma Studio on the configured database",
  status: "print what the database holds",
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(summaries).map((n) => n.length));
  return [
    "quotetrail — claim and quote provenance tracker",
    "",
    "Usage: quotetrail <command> [options]",
    "",
    "Commands:",
    ...Object.entries(summaries).map(([name, text]) => `  ${name.padEnd(width)}  ${text}`),
    "",
    "Run `quotetrail <command> --help` for a command's options.",
    "Database: the embedded PostgreSQL (PGlite) under .quotetrail/, or DATABASE_URL when set.",
    "Exit codes: 0 ok, 1 failure, 2 usage error, 3 nothing found, 4 some inputs rejected.",
    "",
  ].join("\n");
}

export function defaultContext(): CliContext {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY,
    color: isTTY && !("NO_COLOR" in process.env && process.env.NO_COLOR !== ""),
    now: () => process.env.QUOTETRAIL_NOW ?? new Date().toISOString(),
  };
}

/** Runs one command line; returns the exit code. Never exits the process itself. */
export async function runMain(argv: string[], context: CliContext = defaultContext()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    context.stdout(mainHelp());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === "--version" || name === "-v") {
    context.stdout("quotetrail 0.1.0\n");
    return ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    context.stderr(`quotetrail: unknown command "${name}"\n\n${mainHelp()}`);
    return ExitCode.usage;
  }
  const command = await load();
  let args;
  try {
    args = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    context.stderr(`quotetrail ${name}: ${(error as Error).message}\n\n${command.help}`);
    return ExitCode.usage;
  }
  if (args.values.help) {
    context.stdout(command.help);
    return ExitCode.ok;
  }
  try {
    return await command.run(context, args as never);
  } catch (error) {
    if (error instanceof CliError) {
      context.stderr(`quotetrail ${name}: ${error.message}\n`);
      if (error.exitCode === ExitCode.usage) context.stderr(`\n${command.help}`);
      return error.exitCode;
    }
    const err = error as Error;
    context.stderr(`quotetrail ${name}: ${err.message}\n`);
    if (context.env.QUOTETRAIL_DEBUG) context.stderr(`${err.stack ?? ""}\n`);
    else context.stderr("(set QUOTETRAIL_DEBUG=1 for the stack trace)\n");
    return ExitCode.failure;
  }
}

const invokedDirectly = process.argv[1] !== undefined &&
  (import.meta.url === pathToFileURL(process.argv[1]).href || /quotetrail(\.mjs)?$/.test(process.argv[1]));
if (invokedDirectly) {
  const code = await runMain(process.argv.slice(2));
  // Let stdout drain before exiting (large --json documents on a pipe).
  process.exitCode = code;
  setTimeout(() => process.exit(code), 0).unref();
}
