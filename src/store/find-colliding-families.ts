import type pg from "pg";
import type { QuoteFamily } from "../model/family.ts";
import { makeBaseFamilyId } from "./make-base-family-id.ts";

/**
 * Stored families outside `scope` whose base id (see makeBaseFamilyId) equals one of `families`':
 * an incremental match must disambiguate its families' ids together with them (two short "We will
 * see" of one speaker, stored apart, both carry a disambiguated id), so it adds them to its scope.
 */
export async function findCollidingFamilies(
  client: pg.ClientBase, families: readonly QuoteFamily[], scope: readonly string[],
): Promise<string[]> {
  if (families.length === 0) return [];
  const rows = await client.query<{ id: string }>(
    `SELECT "id" FROM "quote_family" WHERE "base_id" = ANY($1::text[]) AND NOT ("id" = ANY($2::text[])) ORDER BY "id"`,
    [[...new Set(families.map(makeBaseFamilyId))], scope],
  );
  return rows.rows.map((r) => r.id);
}
