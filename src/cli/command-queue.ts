import { defineCommand } from "./command.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { parseWholeNumber } from "./parse-whole-number.ts";
import { requireDatabaseServer } from "./require-database-server.ts";

export const queueCommand = defineCommand({
  name: "queue",
  help: `Usage: quotetrail queue [--json] [--failed N]

Prints the work queue's jobs by state (created, retry, active, completed, failed, cancelled) and
the failed ones (retries spent) with the message of their last attempt. Needs DATABASE_URL.

Options:
  --failed N  list at most N failed jobs (default 20)
  --json      print as JSON
  -h, --help  show this help
`,
  options: { json: { type: "boolean" }, failed: { type: "string" } },
  async run(context, args) {
    const limit = parseWholeNumber(args.values.failed, "--failed", 0) ?? 20;
    requireDatabaseServer(context, "the work queue");
    const store = await openConfiguredStore(context);
    try {
      const { openWorkQueue } = await import("../store/open-work-queue.ts");
      const queue = await openWorkQueue(store);
      try {
        const counts = await queue.counts();
        const failed = await queue.failed(limit);
        if (args.values.json) context.stdout(`${JSON.stringify({ counts, failed }, null, 2)}\n`);
        else {
          context.stdout(`${Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join("\n")}\n`);
          for (const f of failed) {
            context.stdout(`failed job ${f.id} (${f.attempts} attempt${f.attempts === 1 ? "" : "s"}, ${f.files.length} file(s)): ${f.message}\n`);
          }
        }
        return 0;
      } finally {
        await queue.close();
      }
    } finally {
      await store.close();
    }
  },
});
