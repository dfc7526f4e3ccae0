import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { createProgress } from "./create-progress.ts";
import { parseMaxBytes } from "./parse-max-bytes.ts";
import { DEFAULT_MAX_BYTES, MAX_DOCUMENT_BYTES } from "../model/input-limits.ts";
import { listInputExtensions } from "../app/list-input-extensions.ts";
import { summariseIngest } from "./summarise-ingest.ts";

export const ingestCommand = defineCommand({
  name: "ingest",
  help: `Usage: quotetrail ingest <files or directories...> [options]

Reads ${listInputExtensions()} files (directories recursively, in path order),
extracts quotes, stores everything and matches new quotes into families.
Re-ingesting an unchanged article adds nothing; a changed one is stored as a new version.
A bad file (binary, empty, too large, invalid UTF-8, malformed JSON or HTML) is reported and skipped.

Options:
  --manifest FILE   metadata for the files (default: manifest.json inside each directory)
  --force           re-process articles already stored (re-run extraction)
  --max-bytes N     reject articles larger than N bytes (default ${DEFAULT_MAX_BYTES}, at most
                    ${MAX_DOCUMENT_BYTES}; a .jsonl file is limited per line)
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
    const maxBytes = parseMaxBytes(args.values["max-bytes"]);
    const store = await openConfiguredStore(context);
    try {
      const progress = createProgress(context, {
        quiet: Boolean(args.values.quiet) || (Boolean(args.values.json) && !args.values.progress),
        always: Boolean(args.values.progress),
        label: "ingest",
      });
      // Loaded here, not at the top: `quotetrail ingest --help` then loads no pipeline code.
      const { runIngest } = await import("../app/run-ingest.ts");
      const { result, match, totals } = await runIngest(store, {
        paths: args.positionals,
        cwd: context.cwd,
        force: Boolean(args.values.force),
        ...(typeof args.values.manifest === "string" ? { manifestPath: args.values.manifest } : {}),
        ...(maxBytes !== undefined ? { maxBytes } : {}),
        onProgress: (p) => progress.update(p.read, p.rejected, p.file),
      });
      progress.stop();
      summariseIngest(context, { result, match, totals, json: Boolean(args.values.json) });
      if (result.saved.length === 0 && result.rejected.length === 0) return ExitCode.nothingFound;
      return result.rejected.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
