import { createHash } from "node:crypto";
import { compareStrings } from "../model/compare-strings.ts";
import type { Change, QuoteFamily } from "../model/family.ts";
import type { FamilyProvenance } from "../model/provenance.ts";

/**
 * A hash of everything `saveMatch` writes for one family: its fields, variants, members, their
 * changes and its provenance (chain and flags). Built from the fields in a fixed order, not from
 * object key order, so a family read back by `loadMatch` hashes like the one the matcher made.
 */
export function fingerprintFamily(family: QuoteFamily, provenance: FamilyProvenance | undefined): string {
  const changes = (list: readonly Change[]): unknown[] => list.map((c) => [c.type, c.from, c.to, c.severity]);
  const shape = [
    family.id, family.speaker, family.canonicalMentionId, family.canonicalVariantId,
    family.variants.map((v) => [v.id, v.text, v.normalised, v.fidelity, v.similarity, changes(v.changes)]),
    family.members.map((m) => [m.mentionId, m.variantId, m.link, m.fidelity, m.similarity, changes(m.changes)]),
    provenance === undefined ? null : [
      provenance.speaker, provenance.setting, provenance.origin,
      provenance.firstAppearance.articleId, provenance.firstAppearance.mentionId,
      provenance.firstAppearance.outlet, provenance.firstAppearance.date,
      provenance.chain.map((c) => [c.from, c.to, c.evidence, c.articleId]),
      Object.entries(provenance.flags)
        .map(([mentionId, flags]) => [mentionId, [...new Set(flags)]] as const)
        .filter(([, flags]) => flags.length > 0)
        .sort(([a], [b]) => compareStrings(a, b)),
    ],
  ];
  return createHash("sha256").update(JSON.stringify(shape)).digest("base64url");
}
