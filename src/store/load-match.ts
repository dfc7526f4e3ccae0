import type pg from "pg";
import type { Change, ChangeType, FamilyMember, LinkType, QuoteFamily, Severity, Variant } from "../model/family.ts";
import type { FamilyProvenance, OccurrenceFlag } from "../model/provenance.ts";
import type { StoredMatch } from "./store.ts";

interface ChangeRow { family_id: string; owner: string; type: ChangeType; from: string; to: string; severity: Severity }

/**
 * The stored match: families in the order they were saved, with variants, members and their
 * changes, and the provenance saved with them. Flags come back only for mentions that have some.
 * A canonical or first-appearance mention deleted since (re-extraction with --force) reads as "".
 */
export async function loadMatch(client: pg.ClientBase, familyIds?: readonly string[]): Promise<StoredMatch> {
  // only the given families (an incremental match's scope), or all
  const only = (column: string) => (familyIds === undefined ? "" : `WHERE ${column} = ANY($1::text[])`);
  const params = familyIds === undefined ? [] : [familyIds];
  const families = await client.query<{ id: string; speaker_name: string | null; canonical_mention_id: string | null; canonical_variant_id: string }>(
    `SELECT id, speaker_name, canonical_mention_id, canonical_variant_id FROM "quote_family" ${only("id")} ORDER BY position, id`, params,
  );
  const variants = await client.query<{ family_id: string; id: string; text: string; normalised: string; fidelity: number; similarity: number }>(
    `SELECT family_id, id, text, normalised, fidelity, similarity FROM "variant" ${only("family_id")} ORDER BY family_id, position`, params,
  );
  const members = await client.query<{ family_id: string; mention_id: string; variant_id: string; link: LinkType; fidelity: number; similarity: number }>(
    `SELECT family_id, mention_id, variant_id, link, fidelity, similarity FROM "family_membership" ${only("family_id")} ORDER BY family_id, position`, params,
  );
  const variantChanges = await client.query<ChangeRow>(
    `SELECT family_id, variant_id AS owner, type, "from", "to", severity FROM "variant_change" ${only("family_id")} ORDER BY family_id, variant_id, position`, params,
  );
  const memberChanges = await client.query<ChangeRow>(
    `SELECT family_id, mention_id AS owner, type, "from", "to", severity FROM "membership_change" ${only("family_id")} ORDER BY family_id, mention_id, position`, params,
  );
  const changesOf = (rows: readonly ChangeRow[]): Map<string, Change[]> => {
    const map = new Map<string, Change[]>();
    for (const r of rows) push(map, `${r.family_id}\u0000${r.owner}`, { type: r.type, from: r.from, to: r.to, severity: r.severity });
    return map;
  };
  const vChanges = changesOf(variantChanges.rows);
  const mChanges = changesOf(memberChanges.rows);
  const variantsByFamily = new Map<string, Variant[]>();
  for (const v of variants.rows) {
    push(variantsByFamily, v.family_id, {
      id: v.id, text: v.text, normalised: v.normalised, fidelity: v.fidelity, similarity: v.similarity,
      changes: vChanges.get(`${v.family_id}\u0000${v.id}`) ?? [],
    });
  }
  const membersByFamily = new Map<string, FamilyMember[]>();
  for (const m of members.rows) {
    push(membersByFamily, m.family_id, {
      mentionId: m.mention_id, variantId: m.variant_id, link: m.link, fidelity: m.fidelity, similarity: m.similarity,
      changes: mChanges.get(`${m.family_id}\u0000${m.mention_id}`) ?? [],
    });
  }
  const resultFamilies: QuoteFamily[] = families.rows.map((f) => ({
    id: f.id,
    speaker: f.speaker_name,
    canonicalMentionId: f.canonical_mention_id ?? "",
    canonicalVariantId: f.canonical_variant_id,
    variants: variantsByFamily.get(f.id) ?? [],
    members: membersByFamily.get(f.id) ?? [],
  }));

  const provenance = await client.query<{
    family_id: string; speaker_name: string | null; setting: string | null; origin: string | null;
    first_article_id: string; first_mention_id: string | null; first_outlet: string | null; first_date: string | null;
  }>(
    `SELECT p.family_id, p.speaker_name, p.setting, p.origin, p.first_article_id, p.first_mention_id, p.first_outlet,
            to_char(p.first_date, 'YYYY-MM-DD') AS first_date
       FROM "provenance" p JOIN "quote_family" f ON f.id = p.family_id ${only("p.family_id")} ORDER BY f.position, f.id`, params,
  );
  const chain = await client.query<{ family_id: string; from: string; to: string; evidence: string; article_id: string }>(
    `SELECT family_id, "from", "to", evidence, article_id FROM "chain_link" ${only("family_id")} ORDER BY family_id, position`, params,
  );
  const flags = await client.query<{ family_id: string; mention_id: string; flag: OccurrenceFlag }>(
    `SELECT family_id, mention_id, flag FROM "occurrence_flag" ${only("family_id")} ORDER BY family_id, mention_id, position`, params,
  );
  const chainByFamily = new Map<string, FamilyProvenance["chain"]>();
  for (const c of chain.rows) push(chainByFamily, c.family_id, { from: c.from, to: c.to, evidence: c.evidence, articleId: c.article_id });
  const flagsByFamily = new Map<string, Record<string, OccurrenceFlag[]>>();
  for (const f of flags.rows) {
    let record = flagsByFamily.get(f.family_id);
    if (!record) flagsByFamily.set(f.family_id, (record = {}));
    (record[f.mention_id] ??= []).push(f.flag);
  }
  const resultProvenance: FamilyProvenance[] = provenance.rows.map((p) => ({
    familyId: p.family_id,
    speaker: p.speaker_name,
    setting: p.setting,
    firstAppearance: { articleId: p.first_article_id, mentionId: p.first_mention_id ?? "", outlet: p.first_outlet, date: p.first_date },
    origin: p.origin,
    chain: chainByFamily.get(p.family_id) ?? [],
    flags: flagsByFamily.get(p.family_id) ?? {},
  }));
  return { result: { families: resultFamilies }, provenance: resultProvenance };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
