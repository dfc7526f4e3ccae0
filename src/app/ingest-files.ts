import { readArticles } from "./read-articles.ts";
import type { RejectedInput } from "../model/message.ts";
import type { ArticleBundle, SaveArticleResult, Store } from "../store/open-store.ts";
import { findProvenanceClues } from "../provenance/find-provenance-clues.ts";

export interface IngestFilesOptions {
  paths: string[];
  /** read only these files of `paths` (see readInputs' `select`) */
  select?: ReadonlySet<string>;
  manifestPath?: string;
  cwd: string;
  force?: boolean;
  /** articles written per transaction (each article inside its own savepoint) */
  batchSize?: number;
  maxBytes?: number;
  onProgress?: (progress: { read: number; rejected: number; file: string }) => void;
}

export interface IngestFilesResult {
  saved: SaveArticleResult[];
  rejected: RejectedInput[];
  /** ids of mentions written by this run (new articles and new versions) */
  newVersionIds: string[];
  /** "<file>: <severity>: <message>" lines worth showing the user (warnings and errors, see readArticles) */
  messages: string[];
}

/**
 * Reads inputs, runs the pure ingest and extraction stages, and writes the results in batches.
 * A bad file is rejected with its reason and the batch goes on; each article is written
 * atomically by the store, so a crash mid-run loses nothing already written.
 */
export async function ingestFiles(store: Store, options: IngestFilesOptions): Promise<IngestFilesResult> {
  const batchSize = options.batchSize ?? 200;
  const saved: SaveArticleResult[] = [];
  const rejected: RejectedInput[] = [];
  const messages: string[] = [];
  let batch: ArticleBundle[] = [];
  let read = 0;
  // One batch is written while the next is parsed and extracted: on a server the database works
  // in its own process, so the two overlap (the loop gives the event loop a turn per article while
  // a write is in flight, see below). At most one write is in flight, so memory stays bounded,
  // results keep their order, and the embedded database's single session never sees two
  // transactions at once.
  let writing: Promise<void> = Promise.resolve();
  let inFlight = false;
  let writeError: unknown = null;
  const settle = async () => {
    await writing;
    if (writeError !== null) throw writeError;
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const bundles = batch;
    batch = [];
    await settle();
    // the rejection is kept and rethrown at the next settle(), never left unhandled meanwhile
    inFlight = true;
    writing = store.saveArticles(bundles, { force: options.force ?? false }).then(
      (results) => void saved.push(...results),
      (error: unknown) => void (writeError = error),
    ).finally(() => void (inFlight = false));
  };
  for await (const item of readArticles(options)) {
    if ("rejected" in item) {
      rejected.push(item.rejected);
      options.onProgress?.({ read, rejected: rejected.length, file: item.rejected.file });
      continue;
    }
    if ("message" in item) {
      messages.push(item.message);
      continue;
    }
    read++;
    const { article, extraction } = item;
    messages.push(...item.messages);
    // provenance clues (setting, link previews) are found once per article here, stored with
    // each mention, and never re-read from the text at match time (issue 9 #6)
    const clues = extraction ? findProvenanceClues(article.text, extraction.quotes) : [];
    batch.push({ article, extraction, clues });
    options.onProgress?.({ read, rejected: rejected.length, file: article.file });
    if (batch.length >= batchSize) await flush();
    // Reading is synchronous and extraction never waits, so without this turn of the event loop
    // the database's replies would sit unread until the next flush and the write would not overlap.
    else if (inFlight) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await flush();
  await settle();
  const newVersionIds = saved
    .filter((r) => r.status === "new" || r.status === "new-version" || r.status === "reprocessed")
    .map((r) => r.versionId)
    .filter((id): id is string => typeof id === "string");
  for (const r of saved) if (r.status === "failed") rejected.push({ file: r.file, reason: r.reason ?? "could not be stored" });
  return { saved, rejected, newVersionIds, messages };
}
