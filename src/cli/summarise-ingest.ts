import type { CliContext } from "./command.ts";
import type { IngestFilesResult } from "../app/ingest-files.ts";
import type { UpdateMatchesResult } from "../app/update-matches.ts";
import type { StoreSummary } from "../store/open-store.ts";

export interface SummariseIngestOptions {
  result: IngestFilesResult;
  match: UpdateMatchesResult | null;
  totals: StoreSummary;
  json: boolean;
}

const MAX_MESSAGES = 50;

/** Prints what an ingest run did (stderr for rejections, stdout for the summary). */
export function summariseIngest(context: CliContext, options: SummariseIngestOptions): void {
  const { result, match, totals } = options;
  const count = (status: string) => result.saved.filter((s) => s.status === status).length;
  const run = {
    new: count("new"),
    newVersions: count("new-version"),
    unchanged: count("unchanged"),
    reprocessed: count("reprocessed"),
    rejected: result.rejected,
  };
  for (const r of result.rejected) context.stderr(`rejected ${r.file}: ${r.reason}\n`);
  // a batch of thousands of articles would bury the rejections under per-article warnings
  for (const m of result.messages.slice(0, MAX_MESSAGES)) context.stderr(`${m}\n`);
  if (result.messages.length > MAX_MESSAGES) {
    context.stderr(`... and ${result.messages.length - MAX_MESSAGES} more messages (\`quotetrail extract\` on the files lists them all)\n`);
  }
  if (options.json) {
    context.stdout(`${JSON.stringify({ run, match, totals }, null, 2)}\n`);
    return;
  }
  context.stdout(
    [
      `ingested: ${run.new} new, ${run.newVersions} new version(s), ${run.unchanged} unchanged` +
        (run.reprocessed ? `, ${run.reprocessed} re-processed` : "") + `, ${run.rejected.length} rejected`,
      `database: ${totals.articles} articles (${totals.versions} versions) from ${totals.outlets} outlets, ` +
        `${totals.mentions} quotes, ${totals.speakers} speakers, ${totals.families} families` +
        (match ? ` (${match.multiOutletFamilies} across outlets)` : ""),
      "",
    ].join("\n"),
  );
}
