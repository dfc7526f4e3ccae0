import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { CliError, ExitCode } from "./cli-error.ts";
import type { CliContext, Command } from "./command.ts";

interface CommandEntry {
  /** the one-line summary `quotetrail --help` lists (the command's own --help has the details) */
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every command, in the order `--help` lists them: the one home of their names and summaries.
 * Commands load lazily, so `--help` imports no command and `quotetrail extract` never loads Prisma.
 */
const commands: Record<string, CommandEntry> = {
  demo: {
    summary: "set up the database, ingest seeds/, match, write reports/ and print a summary",
    load: async () => (await import("./command-demo.ts")).demoCommand,
  },
  ingest: {
    summary: "ingest article files or directories (.txt, .html, .json, .jsonl) into the database",
    load: async () => (await import("./command-ingest.ts")).ingestCommand,
  },
  enqueue: {
    summary: "put files on the work queue for `worker`s (PostgreSQL server only)",
    load: async () => (await import("./command-enqueue.ts")).enqueueCommand,
  },
  worker: {
    summary: "run one worker: take queued files, ingest and match them (any number at once)",
    load: async () => (await import("./command-worker.ts")).workerCommand,
  },
  queue: {
    summary: "print the work queue's jobs by state and the failed ones with their messages",
    load: async () => (await import("./command-queue.ts")).queueCommand,
  },
  extract: {
    summary: "print the quotes found in files, without a database (--json for the contract)",
    load: async () => (await import("./command-extract.ts")).extractCommand,
  },
  match: {
    summary: "group stored quotes into families across outlets (--rebuild recomputes everything)",
    load: async () => (await import("./command-match.ts")).matchCommand,
  },
  report: {
    summary: "write provenance and drift reports (Markdown, HTML, JSON)",
    load: async () => (await import("./command-report.ts")).reportCommand,
  },
  audit: {
    summary: "trace one quote: who said it, who relayed it, what each outlet changed",
    load: async () => (await import("./command-audit.ts")).auditCommand,
  },
  db: { summary: "database commands: `db migrate`", load: async () => (await import("./command-db.ts")).dbCommand },
  studio: {
    summary: "open Prisma Studio on the configured database",
    load: async () => (await import("./command-studio.ts")).studioCommand,
  },
  status: { summary: "print what the database holds", load: async () => (await import("./command-status.ts")).statusCommand },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    "quotetrail — claim and quote provenance tracker",
    "",
    "Usage: quotetrail <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`),
    "",
    "Run `quotetrail <command> --help` for a command's options.",
    "Database: the embedded PostgreSQL (PGlite) under .quotetrail/, or DATABASE_URL when set.",
    "Exit codes: 0 ok, 1 failure, 2 usage error, 3 nothing found, 4 some inputs rejected.",
    "",
  ].join("\n");
}

/**
 * The context of this process: stdout/stderr, environment, working directory. A stream whose
 * reader went away (EPIPE: `quotetrail extract dir --json | head`) is dropped quietly; any other
 * write error (a full disk behind `> file`) is remembered so the process exits with a failure.
 */
function createProcessContext(): { context: CliContext; writeFailed: () => string | null } {
  const isTTY = Boolean(process.stdout.isTTY);
  const broken = new Set<NodeJS.WriteStream>();
  let failure: string | null = null;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (broken.has(stream)) return; // later writes to a failed stream (cli-progress) fail too
      broken.add(stream);
      if (error.code !== "EPIPE" && failure === null) failure = `cannot write to ${stream === process.stdout ? "stdout" : "stderr"}: ${error.message}`;
    });
  }
  const writer = (stream: NodeJS.WriteStream) => (text: string) => {
    if (!broken.has(stream)) stream.write(text);
  };
  const context: CliContext = {
    stdout: writer(process.stdout),
    stderr: writer(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    isTTY,
    color: isTTY && !("NO_COLOR" in process.env && process.env.NO_COLOR !== ""),
    now: () => process.env.QUOTETRAIL_NOW ?? new Date().toISOString(),
  };
  return { context, writeFailed: () => failure };
}

/** Resolves once everything written to `stream` so far has reached the OS (or the write failed). */
function drain(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve();
  return new Promise((resolve) => stream.write("", () => resolve()));
}

/**
 * Runs this process's command line and exits with its code, but only once stdout and stderr have
 * drained: on a pipe, Node writes asynchronously, and exiting earlier cuts the output (it used to
 * stop at 64 KiB). The explicit exit then ends a process that an open handle (a database pool, a
 * progress timer) would keep alive.
 */
export async function runProcess(argv: string[]): Promise<void> {
  const { context, writeFailed } = createProcessContext();
  let code = await runMain(argv, context);
  await Promise.all([drain(process.stdout), drain(process.stderr)]);
  const failure = writeFailed();
  if (failure !== null) {
    context.stderr(`quotetrail: ${failure}\n`);
    await drain(process.stderr);
    if (code === ExitCode.ok) code = ExitCode.failure;
  }
  process.exit(code);
}

/** Runs one command line; returns the exit code. Never exits the process itself. */
export async function runMain(argv: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    context.stdout(mainHelp());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === "--version" || name === "-v") {
    context.stdout("quotetrail 0.1.0\n");
    return ExitCode.ok;
  }
  const entry = commands[name];
  if (!entry) {
    context.stderr(`quotetrail: unknown command "${name}"\n\n${mainHelp()}`);
    return ExitCode.usage;
  }
  const command = await entry.load();
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

// `node dist/cli/main.js` or `tsx src/cli/main.ts`; bin/quotetrail.mjs calls runProcess itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runProcess(process.argv.slice(2));
}
