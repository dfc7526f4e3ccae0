import type { Store, StoreSummary } from "../store/open-store.ts";
import { ingestFiles, type IngestFilesOptions, type IngestFilesResult } from "./ingest-files.ts";
import { updateMatches, type UpdateMatchesResult } from "./update-matches.ts";

export interface RunIngestResult {
  result: IngestFilesResult;
  /** null when nothing new was stored, no match is owed and no --force: the families are up to date */
  match: UpdateMatchesResult | null;
  totals: StoreSummary;
}

/**
 * The `ingest` use case: reads and stores the inputs (ingestFiles), matches the new quotes into
 * families when anything new was stored, when an interrupted run left a match owed (or with `force`), and counts what the store holds.
 */
export async function runIngest(store: Store, options: IngestFilesOptions): Promise<RunIngestResult> {
  const result = await ingestFiles(store, options);
  // matchPending: an earlier ingest stored articles but was killed before its match finished
  const owed = result.newVersionIds.length > 0 || Boolean(options.force) || (await store.matchPending());
  const match = owed ? await updateMatches(store, { rebuild: false }) : null;
  const totals = await store.summary();
  return { result, match, totals };
}
