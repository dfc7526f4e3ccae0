import type pg from "pg";
import type { SpeakerType } from "../model/quote.ts";
import { toCandidateKeys } from "../text/to-candidate-keys.ts";
import { toStoryKeys } from "../text/to-story-keys.ts";
import { BULK_COLUMNS } from "./bulk-columns.ts";
import { insertRows } from "./insert-rows.ts";

/** mentions read per batch: memory stays bounded whatever the corpus size */
const BATCH = 20_000;

export interface WriteCandidateIndexOptions {
  /**
   * writes one batch of (key, mention id) rows, unique within the call (default: a multi-row
   * INSERT ... ON CONFLICT DO NOTHING on the store's connection). A bulk loader on a server passes
   * a COPY into a table whose primary key it builds afterwards.
   */
  writeKeys?: (rows: readonly (readonly [number, string])[]) => Promise<void>;
}

/**
 * Completes the candidate index (`mention_key`) and the story index (`story_key`, always through the
 * store's connection) for a store upgraded from before they existed: the keys of every stored
 * mention, read in batches of id order, then marks the index ready. Does nothing when it is ready
 * already (ingest writes the keys with the mentions).
 */
export async function writeCandidateIndex(client: pg.ClientBase, options: WriteCandidateIndexOptions = {}): Promise<void> {
  const state = await client.query<{ ready: boolean }>(`SELECT "key_index_ready" AS ready FROM "store_state" WHERE "id" = 1`);
  if (state.rows[0]?.ready !== false) return;
  let after = "";
  for (;;) {
    const batch = await client.query<{ id: string; text: string; speaker: string | null; speaker_type: SpeakerType | null; day: string | null }>(
      `SELECT m.id, m.text, COALESCE(s.name, m.speaker_name) AS speaker, m.speaker_type,
              to_char(COALESCE(a.published_at, a.event_date), 'YYYY-MM-DD') AS day
         FROM "mention" m JOIN "article" a ON a.id = m.article_id
         LEFT JOIN "speaker" s ON s.id = m.speaker_id
        WHERE m.id > $1 ORDER BY m.id LIMIT $2`,
      [after, BATCH],
    );
    if (batch.rows.length === 0) break;
    const rows: [number, string][] = [];
    const storyRows: [number, string, string][] = [];
    for (const m of batch.rows) {
      for (const key of toCandidateKeys(m.text, m.speaker).all) rows.push([key, m.id]);
      if (m.day !== null) for (const key of toStoryKeys(m.speaker, m.speaker_type).posted) storyRows.push([key, m.day, m.id]);
    }
    await insertRows(client, { table: "story_key", columns: BULK_COLUMNS.story_key, rows: storyRows, onConflict: "ON CONFLICT DO NOTHING", chunkSize: 100_000 });
    if (options.writeKeys) await options.writeKeys(rows);
    else await insertRows(client, { table: "mention_key", columns: BULK_COLUMNS.mention_key, rows, onConflict: "ON CONFLICT DO NOTHING", chunkSize: 100_000 });
    after = batch.rows[batch.rows.length - 1]?.id ?? after;
  }
  await client.query(`UPDATE "store_state" SET "key_index_ready" = true WHERE "id" = 1`);
}
