import type pg from "pg";
import type { MatchResult, QuoteFamily } from "../model/family.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { insertRows } from "./insert-rows.ts";
import { BULK_COLUMNS } from "./bulk-columns.ts";
import { fingerprintFamily } from "./fingerprint-family.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { reachFaultPoint } from "./reach-fault-point.ts";
import { makeBaseFamilyId } from "./make-base-family-id.ts";

/**
 * Makes the stored match equal to the given one, in one transaction: readers see the old match or
 * the new one, never a mix. Only families that changed are written: each stored family carries a
 * fingerprint of everything saved for it, so families whose fingerprint is unchanged keep their
 * rows (only their position is updated), stale ones are deleted (their variants, memberships,
 * changes, provenance, chain links and flags go with them), and new or changed ones are inserted.
 * An incremental ingest that touches a few families therefore writes a few families, not the
 * whole match. Speakers and origins are linked to the stored Speaker / CreditedSource of the same
 * normalised name. Throws, writing nothing, when a row points at a family that is not in `result`
 * or (from the database) at a mention that is not stored.
 */
export async function saveMatch(
  client: pg.ClientBase,
  result: MatchResult,
  provenance: readonly FamilyProvenance[],
  options: SaveMatchOptions = {},
): Promise<void> {
  checkFamilyIds(result, provenance);
  const provenanceOf = new Map(provenance.map((p) => [p.familyId, p]));
  const fingerprints = new Map(result.families.map((f) => [f.id, fingerprintFamily(f, provenanceOf.get(f.id))]));
  // positions order loadMatch (by position, then id): a result in id order (every matcher result,
  // see disambiguateFamilyIds) needs none, so a partial save and a full one store the same rows
  const inIdOrder = result.families.every((f, i, all) => i === 0 || (all[i - 1]?.id ?? "") < f.id);
  const positions = new Map(result.families.map((f, i) => [f.id, options.replaces !== undefined || inIdOrder ? 0 : i]));
  await client.query("BEGIN");
  try {
    const kept = await keepUnchangedFamilies(client, fingerprints, positions, options.replaces);
    const families = result.families.filter((f) => !kept.has(f.id));
    const provenanceRows = provenance.filter((p) => !kept.has(p.familyId));
    await insertFamilies(client, families, positions, fingerprints, options.outletCounts);
    await insertProvenance(client, provenanceRows);
    // placed mentions no longer wait for a match; nor do those of versions replaced since
    await client.query(`DELETE FROM "match_pending" p USING "family_membership" fm WHERE fm."mention_id" = p."mention_id"`);
    await client.query(
      `DELETE FROM "match_pending" p USING "mention" m, "article" a
        WHERE m."id" = p."mention_id" AND a."id" = m."article_id" AND a."latest_version_id" IS DISTINCT FROM m."version_id"`,
    );
    reachFaultPoint("match-commit");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof Error && !error.message.startsWith("saveMatch")) {
      error.message = `saveMatch: ${error.message} (were the mentions re-ingested since matching? run the match again)`;
    }
    throw error;
  }
}

export interface SaveMatchOptions {
  /**
   * A partial save: `result` replaces only these stored families (an incremental match of the
   * families its new mentions touched); every other stored family stays as it is. Default: the
   * result replaces every stored family.
   */
  replaces?: readonly string[];
  /** family id -> distinct outlets of its members (stored for the store's count of cross-outlet families) */
  outletCounts?: ReadonlyMap<string, number>;
}

/** Throws, before anything is written, when family ids repeat or provenance names an unknown family. */
function checkFamilyIds(result: MatchResult, provenance: readonly FamilyProvenance[]): void {
  const familyIds = new Set(result.families.map((f) => f.id));
  if (familyIds.size !== result.families.length) throw new Error("saveMatch: two families share one id");
  for (const p of provenance) {
    if (!familyIds.has(p.familyId)) throw new Error(`saveMatch: provenance for unknown family ${p.familyId}`);
  }
}

/**
 * Deletes the stored families whose fingerprint differs from (or is missing in) the new match and
 * moves the others to their new position; returns the ids of the families kept, which need no
 * other write. Runs inside saveMatch's transaction.
 */
async function keepUnchangedFamilies(
  client: pg.ClientBase,
  fingerprints: ReadonlyMap<string, string>,
  positions: ReadonlyMap<string, number>,
  replaces: readonly string[] | undefined,
): Promise<Set<string>> {
  const stored = replaces === undefined
    ? await client.query<{ id: string; fingerprint: string | null }>(`SELECT "id", "fingerprint" FROM "quote_family"`)
    : await client.query<{ id: string; fingerprint: string | null }>(
      `SELECT "id", "fingerprint" FROM "quote_family" WHERE "id" = ANY($1::text[])`, [replaces]);
  const kept = new Set(stored.rows.filter((r) => r.fingerprint !== null && fingerprints.get(r.id) === r.fingerprint).map((r) => r.id));
  if (replaces !== undefined) {
    const stale = stored.rows.filter((r) => !kept.has(r.id)).map((r) => r.id);
    if (stale.length > 0) await client.query(`DELETE FROM "quote_family" WHERE "id" = ANY($1::text[])`, [stale]);
    return kept;
  }
  if (kept.size === 0) {
    // nothing survives (first save, rebuild that changed everything): emptying is far cheaper than deleting
    await client.query(`TRUNCATE "occurrence_flag", "chain_link", "provenance", "membership_change", "variant_change",
                                 "family_membership", "variant", "quote_family"`);
  } else {
    const stale = stored.rows.filter((r) => !kept.has(r.id)).map((r) => r.id);
    // every table below quote_family references it ON DELETE CASCADE
    if (stale.length > 0) await client.query(`DELETE FROM "quote_family" WHERE "id" = ANY($1::text[])`, [stale]);
    const moved = [...kept];
    await client.query(
      `UPDATE "quote_family" q SET "position" = u.position
         FROM unnest($1::text[], $2::int4[]) AS u(id, position)
        WHERE q.id = u.id AND q.position <> u.position`,
      [moved, moved.map((id) => positions.get(id) ?? 0)],
    );
  }
  return kept;
}

/** Inserts the new or changed families with their variants, memberships and changes. */
async function insertFamilies(
  client: pg.ClientBase,
  families: readonly QuoteFamily[],
  positions: ReadonlyMap<string, number>,
  fingerprints: ReadonlyMap<string, string>,
  outletCounts: ReadonlyMap<string, number> | undefined,
): Promise<void> {
  if (families.length > 0) {
    const params = [
      families.map((f) => f.id), families.map((f) => positions.get(f.id) ?? 0), families.map((f) => f.speaker),
      families.map((f) => (f.speaker === null ? null : makeNameKey(f.speaker))),
      families.map((f) => f.canonicalMentionId), families.map((f) => f.canonicalVariantId),
      families.map((f) => fingerprints.get(f.id) ?? null),
      families.map((f) => makeBaseFamilyId(f)),
      families.map((f) => outletCounts?.get(f.id) ?? null),
    ];
    await client.query(
      `INSERT INTO "quote_family" ("id", "position", "speaker_id", "speaker_name", "canonical_mention_id", "canonical_variant_id", "fingerprint", "base_id", "outlet_count")
       SELECT u.id, u.position, s.id, u.speaker, u.canonical_mention, u.canonical_variant, u.fingerprint, u.base_id, u.outlet_count
         FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int4[])
              AS u(id, position, speaker, norm, canonical_mention, canonical_variant, fingerprint, base_id, outlet_count)
         LEFT JOIN "speaker" s ON s.normalised_name = u.norm`,
      params,
    );
  }
  await insertRows(client, {
    table: "variant",
    columns: BULK_COLUMNS.variant,
    rows: families.flatMap((f) => f.variants.map((v, i) =>
      [f.id, v.id, i, v.id === f.canonicalVariantId, v.text, v.normalised, v.fidelity, v.similarity])),
  });
  await insertRows(client, {
    table: "family_membership",
    columns: BULK_COLUMNS.family_membership,
    rows: families.flatMap((f) => f.members.map((m, i) =>
      [f.id, m.mentionId, m.variantId, i, m.link, m.fidelity, m.similarity])),
  });
  await insertRows(client, {
    table: "variant_change",
    columns: BULK_COLUMNS.variant_change,
    rows: families.flatMap((f) => f.variants.flatMap((v) => v.changes.map((c, i) =>
      [f.id, v.id, i, c.type, c.from, c.to, c.severity]))),
  });
  await insertRows(client, {
    table: "membership_change",
    columns: BULK_COLUMNS.membership_change,
    rows: families.flatMap((f) => f.members.flatMap((m) => m.changes.map((c, i) =>
      [f.id, m.mentionId, i, c.type, c.from, c.to, c.severity]))),
  });
}

/**
 * Inserts the provenance of the new or changed families with its chain links and flags; the
 * origin is linked to the stored CreditedSource of the same normalised name.
 */
async function insertProvenance(client: pg.ClientBase, provenanceRows: readonly FamilyProvenance[]): Promise<void> {
  if (provenanceRows.length > 0) {
    await client.query(
      `INSERT INTO "provenance" ("family_id", "speaker_name", "setting", "origin", "origin_source_id",
                                 "first_article_id", "first_mention_id", "first_outlet", "first_date")
       SELECT u.family_id, u.speaker, u.setting, u.origin, cs.id, u.first_article, NULLIF(u.first_mention, ''),
              u.first_outlet, u.first_date
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[])
              AS u(family_id, speaker, setting, origin, origin_norm, first_article, first_mention, first_outlet, first_date)
         LEFT JOIN "credited_source" cs ON cs.normalised_name = u.origin_norm`,
      [
        provenanceRows.map((p) => p.familyId), provenanceRows.map((p) => p.speaker), provenanceRows.map((p) => p.setting),
        provenanceRows.map((p) => p.origin), provenanceRows.map((p) => (p.origin === null ? null : makeNameKey(p.origin))),
        provenanceRows.map((p) => p.firstAppearance.articleId), provenanceRows.map((p) => p.firstAppearance.mentionId),
        provenanceRows.map((p) => p.firstAppearance.outlet), provenanceRows.map((p) => p.firstAppearance.date),
      ],
    );
  }
  await insertRows(client, {
    table: "chain_link",
    columns: BULK_COLUMNS.chain_link,
    rows: provenanceRows.flatMap((p) => p.chain.map((c, i) => [p.familyId, i, c.from, c.to, c.evidence, c.articleId])),
  });
  await insertRows(client, {
    table: "occurrence_flag",
    columns: BULK_COLUMNS.occurrence_flag,
    rows: provenanceRows.flatMap((p) => Object.entries(p.flags).flatMap(([mentionId, flags]) =>
      [...new Set(flags)].map((flag, i) => [p.familyId, mentionId, i, flag]))),
  });
}
