/**
 * The comparison key of an outlet or agency name: lower case, whitespace folded. Lexicon names are
 * canonical already ("TASS"); the key only keeps "Tass" and "TASS " from counting as two sources.
 */
export function makeNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
