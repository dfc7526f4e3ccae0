import type pg from "pg";
import type { Corpus } from "../model/corpus.ts";
import { loadFamilies } from "./load-families.ts";
import type { StoredMatch } from "./store.ts";

export interface LoadAuditScopeOptions {
  /** a family id (or its prefix) */
  familyId?: string;
  /** a fragment of a wording */
  text?: string;
  /** families to load at most (default 200) */
  limit?: number;
  /** fewer families than this at the strict threshold: look again with a loose one (default 5) */
  least?: number;
}

/**
 * The families an audit may be about, with their mentions and articles, instead of the whole store:
 * by id (or id prefix), or the families whose wordings are nearest the fragment by the trigram
 * index on variant wordings (pg_trgm word similarity, the fragment found inside a wording; 0.3,
 * then 0.1 when that finds fewer than `least`), best first, at most `limit`.
 */
export async function loadAuditScope(client: pg.ClientBase, options: LoadAuditScopeOptions): Promise<{ corpus: Corpus } & StoredMatch> {
  const limit = options.limit ?? 200;
  let ids: string[];
  if (options.familyId !== undefined && options.familyId.trim() !== "") {
    const id = options.familyId.trim();
    const rows = await client.query<{ id: string }>(
      `SELECT "id" FROM "quote_family" WHERE "id" = $1 OR starts_with("id", $1) OR starts_with($1, "id") ORDER BY "id" LIMIT $2`, [id, limit]);
    ids = rows.rows.map((r) => r.id);
  } else {
    const text = (options.text ?? "").toLowerCase();
    ids = await nearestFamilies(client, text, 0.3, limit);
    if (ids.length < (options.least ?? 5)) ids = await nearestFamilies(client, text, 0.1, limit);
  }
  return loadFamilies(client, ids);
}

async function nearestFamilies(client: pg.ClientBase, text: string, threshold: number, limit: number): Promise<string[]> {
  await client.query("BEGIN");
  try {
    await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(threshold)]);
    const rows = await client.query<{ family_id: string }>(
      `SELECT family_id FROM "variant" WHERE $1 <% normalised
        GROUP BY family_id ORDER BY max(word_similarity($1, normalised)) DESC, family_id LIMIT $2`,
      [text, limit],
    );
    await client.query("COMMIT");
    return rows.rows.map((r) => r.family_id);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
