import { getGender } from "gender-detection-from-name";

/**
 * The gender a given name usually has, from the gender-detection-from-name package (about 32,000
 * English given names with the gender they are mostly given to, plus Italian, Spanish, French,
 * German and Turkish lists; a lookup in a Map, nothing downloaded). Null when the name is not
 * listed or shorter than three letters. A hint only: a title or a pronoun in the article overrides it.
 */
export function guessGender(givenName: string): "male" | "female" | null {
  // two-letter names ("Li", "Xi") are mostly family names written first: no guess
  if (givenName.length < 3) return null;
  const g = getGender(givenName, "en");
  return g === "unknown" ? null : g;
}
