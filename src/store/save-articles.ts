import type pg from "pg";
import type { ArticleBundle, LockWaits, SaveArticleResult, SaveArticlesOptions } from "./store.ts";
import { makeRecordIds } from "./make-record-ids.ts";
import { reachFaultPoint } from "./reach-fault-point.ts";
import { prepareArticleRows, type ArticleRows } from "./prepare-article-rows.ts";
import { writeArticleRows, type PlannedArticle } from "./write-article-rows.ts";

/** Articles per transaction; a batch also ends early when its text grows past BATCH_TEXT_CHARS. */
const BATCH_ARTICLES = 500;
const BATCH_TEXT_CHARS = 8_000_000;
/** Advisory lock key serialising article writes on one database ("qtart"). */
const ARTICLE_WRITE_LOCK_KEY = 0x71746172;

interface StoredArticle {
  latestVersionId: string | null;
  /** versionId -> seq */
  versions: Map<string, number>;
}

/**
 * Stores articles with everything extracted from them. Idempotent by content hash: an article
 * whose latest version has the same hash is "unchanged" and nothing is written; the same url (or
 * file) with another hash is a "new-version"; `force` re-writes the extraction of a stored version
 * ("reprocessed").
 *
 * Atomicity: articles are written in batches, each batch in one transaction. The batch is first
 * written with one statement per table inside a savepoint; if that fails, it is rolled back to the
 * savepoint and every article is written again on its own, each inside its own savepoint, so a bad
 * article is reported "failed" with the database's reason and leaves nothing of itself, while the
 * others of the batch are stored. Batches already committed survive a crash of a later one.
 */
export async function saveArticles(
  client: pg.ClientBase,
  bundles: readonly ArticleBundle[],
  options: SaveArticlesOptions = {},
  waits?: LockWaits,
): Promise<SaveArticleResult[]> {
  const results: SaveArticleResult[] = new Array(bundles.length);
  const extractedAt = new Date();
  let batch: { index: number; rows: ArticleRows }[] = [];
  let batchIds = new Set<string>();
  let batchChars = 0;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await saveBatch(client, batch, options, results, waits);
    batch = [];
    batchIds = new Set();
    batchChars = 0;
  };

  for (const [index, bundle] of bundles.entries()) {
    let rows: ArticleRows;
    try {
      rows = prepareArticleRows(bundle, extractedAt);
    } catch (error) {
      const ids = safeIds(bundle);
      results[index] = { file: bundle.article.file, status: "failed", ...ids, reason: messageOf(error) };
      continue;
    }
    // the same article twice in one call: the second must see the first one's rows
    if (batchIds.has(rows.articleId) || batch.length >= BATCH_ARTICLES || batchChars > BATCH_TEXT_CHARS) await flush();
    batch.push({ index, rows });
    batchIds.add(rows.articleId);
    batchChars += bundle.article.text.length + bundle.article.raw.length;
  }
  await flush();
  return results;
}

async function saveBatch(
  client: pg.ClientBase,
  batch: readonly { index: number; rows: ArticleRows }[],
  options: SaveArticlesOptions,
  results: SaveArticleResult[],
  waits: LockWaits | undefined,
): Promise<void> {
  await client.query("BEGIN");
  try {
    // Concurrent ingests on one server write their batches one at a time (held until COMMIT): two
    // that both found an article new both inserted it (duplicate key on its messages, the article
    // rejected) and upserted shared speakers and outlets in different orders (deadlocks).
    // Reading, parsing and extraction still run in parallel; only the writes queue.
    const asked = performance.now();
    await client.query("SELECT pg_advisory_xact_lock($1)", [ARTICLE_WRITE_LOCK_KEY]);
    if (waits) {
      waits.articleWaitMs += performance.now() - asked;
      waits.articleBatches++;
    }
    const stored = await loadStored(client, batch.map((b) => b.rows.articleId));
    const planned: { index: number; plan: PlannedArticle }[] = [];
    for (const { index, rows } of batch) {
      const base = { file: rows.file, articleId: rows.articleId, versionId: rows.versionId };
      const known = stored.get(rows.articleId);
      if (!known) {
        planned.push({ index, plan: { rows, writeVersion: true, reprocess: false, seq: 1, versionCount: 1 } });
        results[index] = { ...base, status: "new" };
        continue;
      }
      const count = known.versions.size;
      const seq = known.versions.get(rows.versionId);
      if (seq !== undefined && options.force === true) {
        planned.push({ index, plan: { rows, writeVersion: true, reprocess: true, seq, versionCount: count } });
        results[index] = { ...base, status: "reprocessed" };
      } else if (seq !== undefined && known.latestVersionId === rows.versionId) {
        results[index] = { ...base, status: "unchanged" };
      } else if (seq !== undefined) {
        planned.push({ index, plan: { rows, writeVersion: false, reprocess: false, seq, versionCount: count } });
        results[index] = { ...base, status: "new-version", reason: `same content as stored version ${seq}, which is the latest again` };
      } else {
        const next = Math.max(0, ...known.versions.values()) + 1;
        planned.push({ index, plan: { rows, writeVersion: true, reprocess: false, seq: next, versionCount: count + 1 } });
        results[index] = { ...base, status: "new-version" };
      }
    }
    const keys = options.candidateKeys !== false;
    await client.query("SAVEPOINT qt_batch");
    try {
      await writeArticleRows(client, planned.map((p) => p.plan), { keys });
      await client.query("RELEASE SAVEPOINT qt_batch");
    } catch {
      await client.query("ROLLBACK TO SAVEPOINT qt_batch");
      for (const { index, plan } of planned) {
        await client.query("SAVEPOINT qt_article");
        try {
          await writeArticleRows(client, [plan], { keys });
          await client.query("RELEASE SAVEPOINT qt_article");
        } catch (error) {
          await client.query("ROLLBACK TO SAVEPOINT qt_article");
          const previous = results[index];
          if (previous) results[index] = { ...previous, status: "failed", reason: messageOf(error) };
        }
      }
    }
    // the corpus changed: the stored match is owed an update (matchPending). Last before COMMIT,
    // so the row lock it takes is held only for the commit itself.
    if (planned.length > 0) {
      await client.query(`UPDATE "store_state" SET "corpus_revision" = "corpus_revision" + 1${keys ? "" : `, "key_index_ready" = false`} WHERE "id" = 1`);
    }
    reachFaultPoint("ingest-commit");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function loadStored(client: pg.ClientBase, articleIds: readonly string[]): Promise<Map<string, StoredArticle>> {
  const { rows } = await client.query<{ article_id: string; latest_version_id: string | null; version_id: string | null; seq: number | null }>(
    `SELECT a.id AS article_id, a.latest_version_id, v.id AS version_id, v.seq
       FROM "article" a LEFT JOIN "article_version" v ON v.article_id = a.id
      WHERE a.id = ANY($1::text[])`,
    [articleIds],
  );
  const stored = new Map<string, StoredArticle>();
  for (const row of rows) {
    let entry = stored.get(row.article_id);
    if (!entry) {
      entry = { latestVersionId: row.latest_version_id, versions: new Map() };
      stored.set(row.article_id, entry);
    }
    if (row.version_id !== null && row.seq !== null) entry.versions.set(row.version_id, row.seq);
  }
  return stored;
}

function safeIds(bundle: ArticleBundle): { articleId: string; versionId: string } {
  try {
    const { articleId, versionId } = makeRecordIds({
      url: bundle.article.url?.value ?? null, file: bundle.article.file, contentHash: bundle.article.contentHash,
    });
    return { articleId, versionId };
  } catch {
    return { articleId: "", versionId: "" };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
