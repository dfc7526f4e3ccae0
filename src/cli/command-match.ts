import { defineCommand } from "./command.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { updateMatches } from "../app/update-matches.ts";

export const matchCommand = defineCommand({
  name: "match",
  help: `Usage: quotetrail match [--rebuild] [--json]

Matches stored quotes that are not yet in a family against the existing families (incremental).
With --rebuild, recomputes every family, variant, drift and provenance from scratch: the
deterministic reference that incremental matching should equal. Incremental matching does the
rebuild itself when quotes disappeared (a new article version) or when new articles change how
a speaker's name resolves across the corpus ("Weber" -> "Anna Weber").

Options:
  --rebuild   recompute everything
  --json      print the result as JSON
  -h, --help  show this help
`,
  options: { rebuild: { type: "boolean" }, json: { type: "boolean" } },
  async run(context, args) {
    const store = await openConfiguredStore(context);
    try {
      const result = await updateMatches(store, { rebuild: Boolean(args.values.rebuild) });
      if (args.values.json) context.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else context.stdout(`${result.mentions} quotes in ${result.families} families, ${result.multiOutletFamilies} across outlets\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
});
