import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { parseMaxBytes } from "./parse-max-bytes.ts";
import { parseWholeNumber } from "./parse-whole-number.ts";
import { requireDatabaseServer } from "./require-database-server.ts";
import { listInputExtensions } from "../app/list-input-extensions.ts";

export const enqueueCommand = defineCommand({
  name: "enqueue",
  help: `Usage: quotetrail enqueue <files or directories...> [options]

Puts ${listInputExtensions()} files (directories walked as \`ingest\` walks them) on the
work queue in the database, in jobs of --files-per-job files, for \`quotetrail worker\`s to ingest
and match. Needs a PostgreSQL server (DATABASE_URL). Workers read the files by the names given here,
from this directory: on other machines, mount the files at the same path.

Options:
  --files-per-job N  files per job (default 50)
  --retries N        times a failed job is tried again (default 2)
  --retry-delay S    seconds before a failed job is tried again (default 10)
  --manifest FILE    metadata for the files (default: the manifest.json beside each file)
  --force            re-process articles already stored (re-run extraction)
  --max-bytes N      reject articles larger than N bytes
  --json             print the job ids as JSON
  -h, --help         show this help

Exit codes: 0 ok, 1 failure, 2 usage error, 3 no file to enqueue, 4 enqueued but some inputs were
rejected (missing, unreadable, binary: each named on stderr).
`,
  options: {
    "files-per-job": { type: "string" },
    retries: { type: "string" },
    "retry-delay": { type: "string" },
    manifest: { type: "string" },
    force: { type: "boolean" },
    "max-bytes": { type: "string" },
    json: { type: "boolean" },
  },
  async run(context, args) {
    if (args.positionals.length === 0) throw new CliError("give at least one file or directory", ExitCode.usage);
    const filesPerJob = parseWholeNumber(args.values["files-per-job"], "--files-per-job", 1);
    const retries = parseWholeNumber(args.values.retries, "--retries", 0);
    const retryDelaySeconds = parseWholeNumber(args.values["retry-delay"], "--retry-delay", 0);
    const maxBytes = parseMaxBytes(args.values["max-bytes"]);
    requireDatabaseServer(context, "the work queue");
    const store = await openConfiguredStore(context);
    try {
      const [{ openWorkQueue }, { enqueueFiles }] = await Promise.all([
        import("../store/open-work-queue.ts"),
        import("../app/enqueue-files.ts"),
      ]);
      const queue = await openWorkQueue(store);
      try {
        const { files, jobIds, rejected, messages } = await enqueueFiles(queue, {
          paths: args.positionals,
          cwd: context.cwd,
          ...(filesPerJob !== undefined ? { filesPerJob } : {}),
          ...(retries !== undefined ? { retries } : {}),
          ...(retryDelaySeconds !== undefined ? { retryDelaySeconds } : {}),
          ...(typeof args.values.manifest === "string" ? { manifestPath: args.values.manifest } : {}),
          ...(args.values.force ? { force: true } : {}),
          ...(maxBytes !== undefined ? { maxBytes } : {}),
        });
        for (const line of messages) context.stderr(`${line}\n`);
        for (const { file, reason } of rejected) context.stderr(`${file}: error: ${reason} (not enqueued)\n`);
        if (args.values.json) context.stdout(`${JSON.stringify({ files, jobs: jobIds, rejected }, null, 2)}\n`);
        else context.stdout(`enqueued ${files} file${files === 1 ? "" : "s"} in ${jobIds.length} job${jobIds.length === 1 ? "" : "s"}${rejected.length > 0 ? `, ${rejected.length} rejected` : ""}\n`);
        if (files === 0) return ExitCode.nothingFound;
        return rejected.length > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
      } finally {
        await queue.close();
      }
    } finally {
      await store.close();
    }
  },
});
