import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { createProgress } from "./create-progress.ts";
import { ingestFiles } from "../app/ingest-files.ts";
import { updateMatches } from "../app/update-matches.ts";
import { summariseIngest } from "./summarise-ingest.ts";

export const ingestCommand = defineCommand({
  name: "ingest",
  summary: "ingest article files or directories into the database",
  help: `Usage: quotetrail ingest <files or directories...> [options]

Reads .txt, .html/.htm, .json and .jsonl files (directories recursively, in path order),
extracts quotes, stores everything and matches new quotes into families.
Re-ingesting an unchanged article adds nothing; a changed one is stored as a new version.
A bad file (binary, empty, too large, invalid UTF-8, malformed JSON) is reported and skipped.

Options:
  --manifest FILE   metadata for the files (default: manifest.json inside each directory)
  --force           re-process articles already stored (re-run extraction)
  --max-bytes N     reject files larger than N bytes (default 5000000)
  --quiet           no progress bar
  --progress        progress lines on stderr even when it is not a terminal
  --json            print the summary as JSON
  -h, --help        show this help

Database: DATABASE_URL when set, else the embedded one under .quotetrail/.
Exit codes: 0 ok, 1 failure, 2 usage error, 3 nothing to ingest, 4 some inputs rejected.
`,
  options: {
    manifest: { type: "string" },
    force: { type: "boolean" },
    "max-bytes": { type: "string" },
    quiet: { type: "boolean" },
    progress: { type: "boolean" },
    json: { type: "boolean" },
  },
  async run(context, args) {
    if (args.positionals.length === 0) throw new CliError("give at least one file or directory", ExitCode.usage);
    const maxBytesText = args.values["max-bytes"];
    const maxBytes = typeof maxBytesText === "string" ? Number(maxBytesText) : undefined;
    if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
      throw new CliError(`--max-bytes must be a positive integer, got "${String(maxBytesText)}"`, ExitCode.usage);
    }
    const store = await openConfiguredStore(context);
    try {
      const progress = createProgress(context, {
        quiet: Boolean(args.values.quiet) || (Boolean(args.values.json) && !args.values.progress),
        always: Boolean(args.values.progress),
        label: "ingest",
      });
      const result = await ingestFiles(store, {
        paths: args.positionals,
        cwd: context.cwd,
        force: Boolean(args.values.force),
        ...(typeof args.values.manifest === "string" ? { manifestPath: args.values.manifest } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        onProgress: (p) => progress.update(p.read, p.rejected, p.file),
      });
      progress.stop();
      // matchPending: an earlier ingest stored articles but was killed before its match finished
      const match = result.newVersionIds.length > 0 || Boolean(args.values.force) || (await store.matchPending())
        ? await updateMatches(store, { rebuild: false })
        : null;
      const totals = await store.summary();
      summariseIngest(context, { result, match, totals, json: Boolean(args.values.json) });
      if (result.saved.length === 0 && result.rejected.length === 0) return ExitCode.nothingFound;
      return result.rejected.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
