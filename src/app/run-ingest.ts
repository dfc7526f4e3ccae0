import type { Store, StoreSummary } from "../store/open-store.ts";
import { ingestFiles, type IngestFilesOptions, type IngestFilesResult } from "./ingest-files.ts";
import { updateMatches, type UpdateMatchesResult } from "./update-matches.ts";

export interface RunIngestResult {
  result: IngestFilesResult;
  /** null when nothing new was stored (and no --force): the families are already up to date */
  match: UpdateMatchesResult | null;
  totals: StoreSummary;
}

/**
 * The `ingest` use case: reads and stores the inputs (ingestFiles), matches the new quotes into
 * families when anything new was stored (or with `force`), and counts what the store holds.
 */
export async function runIngest(store: Store, options: IngestFilesOptions): Promise<RunIngestResult> {
  const result = await ingestFiles(store, options);
  const match = result.newVersionIds.length > 0 || Boolean(options.force) ? await updateMatches(store, { rebuild: false }) : null;
  const totals = await store.summary();
  return { result, match, totals };
}
