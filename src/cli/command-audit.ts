import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { formatAudit } from "../audit/format-audit.ts";

export const auditCommand = defineCommand({
  name: "audit",
  help: `Usage: quotetrail audit "<text fragment>" [--json]
       quotetrail audit --id <family id> [--json]

Finds the quote family by fuzzy match (a variant wording or a misspelt fragment works) and prints
the speaker, the origin chain, the verdict, the other families that fit with their scores, and
every occurrence (page date, outlet, article title, URL or file, exact wording, diff against the
reference wording, credited source, flags).

Options:
  --id ID     audit the family with this id (as printed in reports)
  --json      print the audit as JSON: the format is the JSON Schema schemas/audit.schema.json
              (in the quotetrail package), described in the README ("audit --json contract")
  -h, --help  show this help

Exit codes: 0 found, 3 no match or unknown id (the nearest candidates are printed), 2 usage error.
`,
  options: { id: { type: "string" }, json: { type: "boolean" } },
  async run(context, args) {
    const familyId = typeof args.values.id === "string" ? args.values.id : undefined;
    const text = args.positionals.join(" ").trim();
    if (!familyId && text === "") throw new CliError("give a text fragment or --id <family id>", ExitCode.usage);
    // Loaded here, not at the top: `quotetrail audit --help` then loads no pipeline code.
    const { auditQuoteInStore } = await import("../app/audit-quote-in-store.ts");
    const store = await openConfiguredStore(context);
    try {
      const audit = await auditQuoteInStore(store, { query: familyId ? { familyId } : { text } });
      if (args.values.json) context.stdout(`${JSON.stringify(audit, null, 2)}\n`);
      else context.stdout(formatAudit(audit, { color: context.color }));
      return audit.family ? ExitCode.ok : ExitCode.nothingFound;
    } finally {
      await store.close();
    }
  },
});
