import type pg from "pg";
import type { StoreSummary } from "./store.ts";

/** Row counts for the summary line (mentions: those of the latest version of each article). */
export async function summariseStore(client: pg.ClientBase): Promise<StoreSummary> {
  const { rows } = await client.query<StoreSummary>(
    `SELECT (SELECT count(*)::int FROM "article") AS articles,
            (SELECT count(*)::int FROM "article_version") AS versions,
            (SELECT count(*)::int FROM "outlet") AS outlets,
            (SELECT count(*)::int FROM "mention" m JOIN "article" a ON a.id = m.article_id AND a.latest_version_id = m.version_id) AS mentions,
            (SELECT count(*)::int FROM "speaker") AS speakers,
            (SELECT count(*)::int FROM "quote_family") AS families`,
  );
  const row = rows[0];
  if (!row) throw new Error("summary: the database returned no row");
  return row;
}
