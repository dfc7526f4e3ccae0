import type pg from "pg";

/** Up to `limit` stored family ids after `after` (keyset paging in id order; "" for the first page). */
export async function listFamilyIds(client: pg.ClientBase, after: string, limit: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "quote_family" WHERE "id" > $1 ORDER BY "id" LIMIT $2`, [after, limit]);
  return rows.map((r) => r.id);
}
