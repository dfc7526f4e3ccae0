import stringSimilarity from "string-similarity";

/**
 * Sørensen–Dice coefficient over character bigrams (whitespace ignored), 0..1.
 * The only module that imports `string-similarity` (unmaintained upstream): replace it here.
 */
export function diceSimilarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}
