import type { QuoteFamily } from "../model/family.ts";
import { makeStableId } from "../model/make-stable-id.ts";

export interface DisambiguateFamilyIdsOptions {
  /** every family comes straight from buildFamily (its id is the plain one): skip recomputing it */
  freshIds?: boolean;
}

/**
 * Family ids come from (speaker, normalised canonical text). Two families can share them (two
 * short "We will see" by one speaker are never merged); those get the canonical mention id mixed
 * in, and their variant ids follow. A family renamed so earlier gets its plain id back once the
 * collision is gone. Returns the families sorted by id: the same set of families always gets the
 * same ids, whatever order or run (rebuild or incremental) produced them.
 */
export function disambiguateFamilyIds(families: readonly QuoteFamily[], options: DisambiguateFamilyIdsOptions = {}): QuoteFamily[] {
  const base = options.freshIds === true ? families.map((f) => f.id) : families.map((f) => makeStableId("qf", f.speaker, canonicalText(f)));
  const count = new Map<string, number>();
  for (const id of base) count.set(id, (count.get(id) ?? 0) + 1);
  const out = families.map((f, k) => {
    const plain = base[k] ?? f.id;
    const id = (count.get(plain) ?? 0) < 2 ? plain : makeStableId("qf", f.speaker, canonicalText(f), f.canonicalMentionId);
    if (id === f.id) return f;
    const rename = new Map(f.variants.map((v) => [v.id, makeStableId("qv", id, v.normalised)]));
    return {
      ...f,
      id,
      canonicalVariantId: rename.get(f.canonicalVariantId) ?? f.canonicalVariantId,
      variants: f.variants.map((v) => ({ ...v, id: rename.get(v.id) ?? v.id })),
      members: f.members.map((m) => ({ ...m, variantId: rename.get(m.variantId) ?? m.variantId })),
    };
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function canonicalText(f: QuoteFamily): string {
  return f.variants.find((v) => v.id === f.canonicalVariantId)?.normalised ?? "";
}
