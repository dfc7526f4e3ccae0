import { defineCommand } from "./command.ts";
import { ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { parseWholeNumber } from "./parse-whole-number.ts";
import { requireDatabaseServer } from "./require-database-server.ts";

export const workerCommand = defineCommand({
  name: "worker",
  help: `Usage: quotetrail worker [options]

Runs one worker: takes ingest jobs from the work queue (\`quotetrail enqueue\`) a few at a time,
ingests their files, matches the new quotes once per take (or, while another worker is matching,
goes on ingesting: that worker's next match takes them in), and marks the jobs done. When the
queue is empty it makes any match still owed. Start as many as you like, on one machine or
several, against one PostgreSQL server (DATABASE_URL): each job goes to one worker, and nothing
is stored twice. A job that fails keeps its message (\`quotetrail queue\`)
and is tried again a bounded number of times. Stops on SIGINT/SIGTERM after the jobs in hand.

Options:
  --once            stop when no job is due (default: wait for more)
  --jobs N          jobs taken at a time and matched together (default 4)
  --poll S          seconds between looks at an empty queue (default 2)
  --json            print the totals as JSON when the worker stops
  --quiet           no line per take of jobs
  -h, --help        show this help

Exit codes: 0 ok, 1 failure, 4 some jobs failed.
`,
  options: {
    once: { type: "boolean" },
    jobs: { type: "string" },
    poll: { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean" },
  },
  async run(context, args) {
    const jobsPerTake = parseWholeNumber(args.values.jobs, "--jobs", 1);
    const pollSeconds = parseWholeNumber(args.values.poll, "--poll", 1);
    requireDatabaseServer(context, "the work queue");
    const store = await openConfiguredStore(context);
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const [{ openWorkQueue }, { runWorker }] = await Promise.all([
        import("../store/open-work-queue.ts"),
        import("../app/run-worker.ts"),
      ]);
      const queue = await openWorkQueue(store);
      try {
        const result = await runWorker(store, queue, {
          once: Boolean(args.values.once),
          signal: stop.signal,
          ...(jobsPerTake !== undefined ? { jobsPerTake } : {}),
          ...(pollSeconds !== undefined ? { pollSeconds } : {}),
          onBatch: (b) => {
            if (args.values.quiet || args.values.json) return;
            context.stderr(`worker: ${b.jobs} job(s): ${b.read} article(s) read, ${b.stored} stored, ${b.rejected} rejected` +
              `${b.matched ? ", matched" : ""}${b.failed.length > 0 ? `, ${b.failed.length} failed` : ""}\n`);
            for (const f of b.failed) context.stderr(`worker: job ${f.id} failed: ${f.message}\n`);
          },
        });
        if (args.values.json) context.stdout(`${JSON.stringify(result, null, 2)}\n`);
        else {
          context.stdout(`jobs: ${result.jobs} (${result.failedJobs} failed)\narticles read: ${result.articlesRead}\n` +
            `articles stored: ${result.articlesStored}\nmatches: ${result.matches}\n` +
            `waited for the match lock: ${(result.lockWaits.matchWaitMs / 1000).toFixed(1)} s of ${(result.elapsedMs / 1000).toFixed(1)} s\n`);
        }
        return result.failedJobs > 0 ? ExitCode.someInputsRejected : ExitCode.ok;
      } finally {
        await queue.close();
      }
    } finally {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      await store.close();
    }
  },
});
