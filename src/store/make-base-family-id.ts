import { makeStableId } from "../model/make-stable-id.ts";
import type { QuoteFamily } from "../model/family.ts";

/**
 * A family's id before disambiguation (see match/disambiguate-family-ids.ts): from its speaker and
 * canonical normalised wording. Two families with one base id both carry a disambiguated id, so an
 * incremental match that makes a family must see every stored family of the same base id.
 */
export function makeBaseFamilyId(family: QuoteFamily): string {
  const canonical = family.variants.find((v) => v.id === family.canonicalVariantId)?.normalised ?? "";
  return makeStableId("qf", family.speaker, canonical);
}
