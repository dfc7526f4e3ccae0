import { defineCommand } from "./command.ts";
import { openConfiguredStore } from "./open-configured-store.ts";

export const statusCommand = defineCommand({
  name: "status",
  help: `Usage: quotetrail status [--json]

Options:
  --json      print the counts as JSON
  -h, --help  show this help
`,
  options: { json: { type: "boolean" } },
  async run(context, args) {
    const store = await openConfiguredStore(context);
    try {
      const totals = await store.summary();
      if (args.values.json) context.stdout(`${JSON.stringify(totals, null, 2)}\n`);
      else context.stdout(`${Object.entries(totals).map(([k, v]) => `${k}: ${v}`).join("\n")}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
});
