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
  // the same names come back in every article, and an unlisted one costs seven map look-ups: remember the answers (bounded;
  // looked up first, so a known name costs no lower-casing)
  const known = memo.get(givenName);
  if (known !== undefined) return known;
  // the package lists some words that open non-names ("The Post", "North Korea", "New York") as given names
  const g = NOT_GIVEN_NAMES.has(givenName.toLowerCase()) ? "unknown" : getGender(givenName, "en");
  const found = g === "unknown" ? null : g;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(givenName, found);
  return found;
}

/** capitalised words the name list gives a gender but that open places, titles and headlines, not names */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(["the", "this", "that", "north", "south", "east", "west", "new", "united", "great", "saint"]);

const MEMO_LIMIT = 50_000;
const memo = new Map<string, "male" | "female" | null>();
