import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";

export const studioCommand = defineCommand({
  name: "studio",
  help: `Usage: quotetrail studio [--port N] [--browser]

Serves Prisma Studio (http://localhost:5555 by default) on DATABASE_URL, or on the embedded
database: this process then holds the embedded database's lock and serves it to Studio until
you stop it with Ctrl-C, so no other quotetrail command can use .quotetrail/ meanwhile.

Options:
  --port N     port for Studio (default 5555)
  --browser    also open a browser (default: print the URL only)
  -h, --help   show this help
`,
  options: { port: { type: "string" }, browser: { type: "boolean" } },
  async run(context, args) {
    const port = Number(typeof args.values.port === "string" ? args.values.port : "5555");
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new CliError("--port must be a port number", ExitCode.usage);
    const store = await openConfiguredStore(context);
    try {
      const require = createRequire(import.meta.url);
      const prismaCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
      const url = store.studioUrl();
      // The URL (with its password) goes through the environment, which prisma.config.ts reads:
      // on the command line every user could see it in `ps`.
      const child = spawn(
        process.execPath,
        [prismaCli, "studio", "--port", String(port), "--browser", args.values.browser ? "default" : "none"],
        {
          cwd: path.resolve(import.meta.dirname, "../.."), // the package root, where prisma.config.ts lives
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
        },
      );
      context.stdout(`Prisma Studio: http://localhost:${port} (Ctrl-C to stop)\n`);
      child.stdout.on("data", (d: Buffer) => context.stderr(d.toString()));
      child.stderr.on("data", (d: Buffer) => context.stderr(d.toString()));
      const stop = () => child.kill("SIGTERM");
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const code = await new Promise<number>((resolve) => child.on("exit", (c, signal) => resolve(signal ? 0 : (c ?? 1))));
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      return code === 0 ? ExitCode.ok : ExitCode.failure;
    } finally {
      await store.close();
    }
  },
});
