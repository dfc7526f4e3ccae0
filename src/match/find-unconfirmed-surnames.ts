import type { MatchKey } from "./build-key-table.ts";
import type { Stories } from "./find-stories.ts";

/**
 * Keys whose speaker is a bare surname that its story does not confirm (1 in the result). A bare
 * surname ("Trump", but also "Texas" or "Sellers" when extraction took a place or a stray
 * capitalised word for a speaker) names a person with confidence only when its story (see
 * findStories) names someone in full with that family (or given) name; otherwise it is no
 * evidence of a person. Names are resolved within a story, never across the corpus.
 *
 * @param articleIds the key table's article indices -> article ids
 */
export function findUnconfirmedSurnames(keys: readonly MatchKey[], stories: Stories, articleIds: readonly string[]): Uint8Array {
  const out = new Uint8Array(keys.length);
  keys.forEach((k, i) => {
    if (k.person === null || k.person.given !== "") return;
    const family = k.person.family;
    if (!k.articles.some((a) => stories.fullNames(articleIds[a] ?? "", family).size > 0)) out[i] = 1;
  });
  return out;
}
