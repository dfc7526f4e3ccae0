import fs from "node:fs";
import path from "node:path";
import { defineCommand } from "./command.ts";
import { CliError } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { createProgress } from "./create-progress.ts";
import { ingestFiles } from "../app/ingest-files.ts";
import { updateMatches } from "../app/update-matches.ts";
import { writeReport } from "../app/write-report.ts";
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
    const seeds = path.join(context.cwd, "seeds");
    if (!fs.existsSync(seeds)) throw new CliError(`no seeds/ directory in ${context.cwd}; run the demo from the repository root`);
    const store = await openConfiguredStore(context);
    try {
      const progress = createProgress(context, { quiet: Boolean(args.values.quiet), always: Boolean(args.values.progress), label: "ingest" });
      const result = await ingestFiles(store, {
        paths: ["seeds"], // relative: article ids and reports must not depend on where the clone lives
        cwd: context.cwd,
        onProgress: (p) => progress.update(p.read, p.rejected, p.file),
      });
      progress.stop();
      // Always settle families: a first run after an interrupted one may have articles but no families.
      const match = await updateMatches(store, { rebuild: false });
      const totals = await store.summary();
      summariseIngest(context, { result, match, totals, json: false });
      // The committed example reports must be reproducible: stamp them with the corpus's latest
      // page date unless QUOTETRAIL_NOW says otherwise.
      const corpus = await store.loadCorpus();
      const latest = corpus.articles.map((a) => a.publishedAt ?? "").sort().at(-1) || "1970-01-01";
      const generatedAt = context.env.QUOTETRAIL_NOW ?? `${latest}T00:00:00.000Z`;
      const files = await writeReport(store, { outDir: path.join(context.cwd, "reports"), formats: ["md", "html", "json"], generatedAt });
      context.stdout(`reports: ${files.length} files in reports/ (open reports/index.html)\n`);
      return result.rejected.length > 0 ? 4 : 0;
    } finally {
      await store.close();
    }
  },
});
