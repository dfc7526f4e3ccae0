import fs from "node:fs";
import path from "node:path";
import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { createProgress } from "./create-progress.ts";
import { summariseIngest } from "./summarise-ingest.ts";

export const demoCommand = defineCommand({
  name: "demo",
  help: `Usage: quotetrail demo [--quiet] [--progress]

The whole job on the example articles in seeds/: starts the embedded PostgreSQL under
.quotetrail/ (or uses DATABASE_URL), applies migrations, ingests seeds/ (idempotent: a second
run adds nothing), matches quotes into families, writes reports/ and prints a summary.

Options:
  --quiet     no progress bar
  --progress  progress lines on stderr even when it is not a terminal
  -h, --help  show this help
`,
  options: { quiet: { type: "boolean" }, progress: { type: "boolean" } },
  async run(context, args) {
    if (!fs.existsSync(path.join(context.cwd, "seeds"))) {
      throw new CliError(`no seeds/ directory in ${context.cwd}; run the demo from the repository root`);
    }
    // Loaded here, not at the top: `quotetrail demo --help` then loads no pipeline code.
    const { runDemo } = await import("../app/run-demo.ts");
    const store = await openConfiguredStore(context);
    try {
      const progress = createProgress(context, { quiet: Boolean(args.values.quiet), always: Boolean(args.values.progress), label: "ingest" });
      const demo = await runDemo(store, {
        cwd: context.cwd,
        ...(context.env.QUOTETRAIL_NOW ? { generatedAt: context.env.QUOTETRAIL_NOW } : {}),
        onProgress: (p) => progress.update(p.read, p.rejected, p.file),
        onIngested: () => progress.stop(),
      });
      summariseIngest(context, { result: demo.ingest, match: demo.match, totals: demo.totals, json: false });
      context.stdout(`reports: ${demo.reportFiles.length} files in ${demo.reportDir}/ (open ${demo.reportDir}/index.html)\n`);
      return demo.ingest.rejected.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
