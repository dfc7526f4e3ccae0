import path from "node:path";
import { defineCommand } from "./command.ts";
import { CliError, ExitCode } from "./cli-error.ts";
import { openConfiguredStore } from "./open-configured-store.ts";
import { writeReport } from "../app/write-report.ts";
import type { ReportFormat } from "../report/render-report.ts";

const knownFormats: readonly ReportFormat[] = ["md", "html", "json"];

export const reportCommand = defineCommand({
  name: "report",
  help: `Usage: quotetrail report [--out DIR] [--format md,html,json] [--since YYYY-MM-DD]

Writes an index (families ranked by spread and drift, outlets, origins, speakers; filters in
HTML), one page per quote family (timeline by page date, provenance graph, word diffs of every
variant, change classes), one per outlet (what it carried and altered) and per speaker, each with
the legend of flags and change classes, and report.json (schema: schemas/report.schema.json).
The HTML is self-contained and works offline.

Options:
  --out DIR        output directory (default reports/)
  --format LIST    comma-separated formats: md, html, json (default all three)
  --since DATE     recent news only: the families quoted on pages dated on or after DATE
                   (whole, with their older occurrences), counted over those pages; a full
                   report reads every family of the store, this one only the window's
  -h, --help       show this help

Set QUOTETRAIL_NOW to an ISO date to make the "generated at" stamp reproducible.
`,
  options: { out: { type: "string" }, format: { type: "string" }, since: { type: "string" } },
  async run(context, args) {
    const outDir = path.resolve(context.cwd, typeof args.values.out === "string" ? args.values.out : "reports");
    const formats = parseFormats(typeof args.values.format === "string" ? args.values.format : "md,html,json");
    const since = typeof args.values.since === "string" ? parseSince(args.values.since) : undefined;
    const store = await openConfiguredStore(context);
    try {
      const files = await writeReport(store, { outDir, formats, generatedAt: context.now(), ...(since === undefined ? {} : { since }) });
      const shown = path.relative(context.cwd, outDir);
      const where = shown === "" ? "." : shown.startsWith("..") || path.isAbsolute(shown) ? outDir : shown;
      context.stdout(`wrote ${files.length} files to ${where}/\n`);
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});

function parseFormats(text: string): ReportFormat[] {
  const formats = text.split(",").map((s) => s.trim()).filter(Boolean);
  for (const f of formats) {
    if (!knownFormats.includes(f as ReportFormat)) {
      throw new CliError(`unknown format "${f}"; use a comma-separated list of ${knownFormats.join(", ")}`, ExitCode.usage);
    }
  }
  if (formats.length === 0) throw new CliError("--format needs at least one of md, html, json", ExitCode.usage);
  return formats as ReportFormat[];
}

function parseSince(text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new CliError(`--since needs a date as YYYY-MM-DD (got "${text}")`, ExitCode.usage);
  }
  return text;
}
