import type { Change } from "../model/family.ts";
import { getChangeClass } from "./change-classes.ts";

/**
 * Fidelity of a wording to the canonical one, 0..1 (1 = same words; typography costs nothing):
 *
 *   fidelity = max(0, 1 - sum(weight(type) * words(change) * (severity high ? 1.5 : 1)) / max(1, W))
 *
 * where words(change) = max(1, words in `from`, words in `to`), W = the word count of the
 * longer of the two wordings, and weight(type) the class's `fidelityWeight` in change-classes.ts
 * (typography 0; punctuation, case, spelling 0.05; editorial insertion 0.25; truncation and
 * reordering 0.5: the words are still the speaker's, only cut or moved; substitution, insertion,
 * deletion 1). Rounded to 4 decimals.
 */
export function scoreFidelity(changes: readonly Change[], canonicalWords: number, variantWords: number): number {
  let cost = 0;
  for (const c of changes) {
    const words = Math.max(1, countWords(c.from), countWords(c.to));
    cost += getChangeClass(c.type).fidelityWeight * words * (c.severity === "high" ? 1.5 : 1);
  }
  const score = Math.max(0, 1 - cost / Math.max(1, canonicalWords, variantWords));
  return Math.round(score * 10_000) / 10_000;
}

function countWords(text: string): number {
  let n = 0;
  for (const part of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(part)) n++;
  return n;
}
