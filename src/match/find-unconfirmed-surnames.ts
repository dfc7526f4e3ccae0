import type { MatchKey } from "./build-key-table.ts";

/**
 * Keys whose speaker is a bare surname that its story does not confirm (1 in the result). A bare
 * surname ("Trump", but also "Texas" or "Sellers" when extraction took a place or a stray
 * capitalised word for a speaker) names a person with confidence only when its story (see
 * findStories) names someone in full with that family (or given) name; otherwise it is no evidence of a
 * person. Names are resolved within a story, never across the corpus.
 */
export function findUnconfirmedSurnames(keys: readonly MatchKey[], story: Int32Array): Uint8Array {
  const full = new Set<string>();
  for (const k of keys) {
    if (k.person === null || k.person.given === "") continue;
    for (const a of k.articles) {
      full.add(`${story[a] ?? -1}\u0001${k.person.family}`);
      full.add(`${story[a] ?? -1}\u0001${k.person.given}`);
    }
  }
  const out = new Uint8Array(keys.length);
  keys.forEach((k, i) => {
    if (k.person === null || k.person.given !== "") return;
    const family = k.person.family;
    if (!k.articles.some((a) => full.has(`${story[a] ?? -1}\u0001${family}`))) out[i] = 1;
  });
  return out;
}
