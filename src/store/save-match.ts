import type pg from "pg";
import type { MatchResult } from "../model/family.ts";
import type { FamilyProvenance } from "../model/provenance.ts";
import { insertRows, type BulkColumn } from "./insert-rows.ts";
import { normaliseName } from "./normalise-name.ts";

const col = (name: string, type: string): BulkColumn => ({ name, type });

/**
 * Replaces every family, variant, membership, change, provenance, chain link and flag with the
 * given ones, in one transaction: readers see the old match or the new one, never a mix. Speakers
 * and origins are linked to the stored Speaker / CreditedSource of the same normalised name.
 * Throws, writing nothing, when a row points at a family that is not in `result` or (from the
 * database) at a mention that is not stored.
 */
export async function saveMatch(
  client: pg.ClientBase,
  result: MatchResult,
  provenance: readonly FamilyProvenance[],
): Promise<void> {
  const familyIds = new Set(result.families.map((f) => f.id));
  if (familyIds.size !== result.families.length) throw new Error("saveMatch: two families share one id");
  for (const p of provenance) {
    if (!familyIds.has(p.familyId)) throw new Error(`saveMatch: provenance for unknown family ${p.familyId}`);
  }
  const families = result.families;
  await client.query("BEGIN");
  try {
    await client.query(`TRUNCATE "occurrence_flag", "chain_link", "provenance", "membership_change", "variant_change",
                                 "family_membership", "variant", "quote_family"`);
    if (families.length > 0) {
      const params = [
        families.map((f) => f.id), families.map((_, i) => i), families.map((f) => f.speaker),
        families.map((f) => (f.speaker === null ? null : normaliseName(f.speaker))),
        families.map((f) => f.canonicalMentionId), families.map((f) => f.canonicalVariantId),
      ];
      await client.query(
        `INSERT INTO "quote_family" ("id", "position", "speaker_id", "speaker_name", "canonical_mention_id", "canonical_variant_id")
         SELECT u.id, u.position, s.id, u.speaker, u.canonical_mention, u.canonical_variant
           FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[])
                AS u(id, position, speaker, norm, canonical_mention, canonical_variant)
           LEFT JOIN "speaker" s ON s.normalised_name = u.norm`,
        params,
      );
    }
    await insertRows(client, {
      table: "variant",
      columns: [col("family_id", "text"), col("id", "text"), col("position", "int4"), col("is_canonical", "bool"),
        col("text", "text"), col("normalised", "text"), col("fidelity", "float8"), col("similarity", "float8")],
      rows: families.flatMap((f) => f.variants.map((v, i) =>
        [f.id, v.id, i, v.id === f.canonicalVariantId, v.text, v.normalised, v.fidelity, v.similarity])),
    });
    await insertRows(client, {
      table: "family_membership",
      columns: [col("family_id", "text"), col("mention_id", "text"), col("variant_id", "text"), col("position", "int4"),
        col("link", '"LinkType"'), col("fidelity", "float8"), col("similarity", "float8")],
      rows: families.flatMap((f) => f.members.map((m, i) =>
        [f.id, m.mentionId, m.variantId, i, m.link, m.fidelity, m.similarity])),
    });
    const changeColumns = [col("position", "int4"), col("type", '"ChangeType"'), col("from", "text"), col("to", "text"), col("severity", '"Severity"')];
    await insertRows(client, {
      table: "variant_change",
      columns: [col("family_id", "text"), col("variant_id", "text"), ...changeColumns],
      rows: families.flatMap((f) => f.variants.flatMap((v) => v.changes.map((c, i) =>
        [f.id, v.id, i, c.type, c.from, c.to, c.severity]))),
    });
    await insertRows(client, {
      table: "membership_change",
      columns: [col("family_id", "text"), col("mention_id", "text"), ...changeColumns],
      rows: families.flatMap((f) => f.members.flatMap((m) => m.changes.map((c, i) =>
        [f.id, m.mentionId, i, c.type, c.from, c.to, c.severity]))),
    });
    if (provenance.length > 0) {
      await client.query(
        `INSERT INTO "provenance" ("family_id", "speaker_name", "setting", "origin", "origin_source_id",
                                   "first_article_id", "first_mention_id", "first_outlet", "first_date")
         SELECT u.family_id, u.speaker, u.setting, u.origin, cs.id, u.first_article, NULLIF(u.first_mention, ''),
                u.first_outlet, u.first_date
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[])
                AS u(family_id, speaker, setting, origin, origin_norm, first_article, first_mention, first_outlet, first_date)
           LEFT JOIN "credited_source" cs ON cs.normalised_name = u.origin_norm`,
        [
          provenance.map((p) => p.familyId), provenance.map((p) => p.speaker), provenance.map((p) => p.setting),
          provenance.map((p) => p.origin), provenance.map((p) => (p.origin === null ? null : normaliseName(p.origin))),
          provenance.map((p) => p.firstAppearance.articleId), provenance.map((p) => p.firstAppearance.mentionId),
          provenance.map((p) => p.firstAppearance.outlet), provenance.map((p) => p.firstAppearance.date),
        ],
      );
    }
    await insertRows(client, {
      table: "chain_link",
      columns: [col("family_id", "text"), col("position", "int4"), col("from", "text"), col("to", "text"),
        col("evidence", "text"), col("article_id", "text")],
      rows: provenance.flatMap((p) => p.chain.map((c, i) => [p.familyId, i, c.from, c.to, c.evidence, c.articleId])),
    });
    await insertRows(client, {
      table: "occurrence_flag",
      columns: [col("family_id", "text"), col("mention_id", "text"), col("position", "int4"), col("flag", '"FlagType"')],
      rows: provenance.flatMap((p) => Object.entries(p.flags).flatMap(([mentionId, flags]) =>
        [...new Set(flags)].map((flag, i) => [p.familyId, mentionId, i, flag]))),
    });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof Error && !error.message.startsWith("saveMatch")) {
      error.message = `saveMatch: ${error.message} (were the mentions re-ingested since matching? run the match again)`;
    }
    throw error;
  }
}
