import type { MatchResult } from "../../src/model/family.ts";

/** Families as comparable data: order-free (families by id, their variants and members sorted), every field that a report or audit shows. */
export function toComparableFamilies(result: MatchResult) {
  return result.families
    .map((f) => ({
      ...f,
      variants: [...f.variants].sort((a, b) => a.id.localeCompare(b.id)),
      members: [...f.members].sort((a, b) => a.mentionId.localeCompare(b.mentionId)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
