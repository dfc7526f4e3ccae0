import type { WordingShape } from "./count-least-shared-grams.ts";
import { OVERLAP_WORDS } from "./verify-pair.ts";

/** A wording's shape (countLeastSharedGrams) from its word bigram keys in text order (CandidateKeys.sequence). */
export function shapeWording(sequence: readonly number[]): WordingShape {
  const words = sequence.length === 0 ? 0 : sequence.length + 1;
  const grams = new Set(sequence).size;
  let runGrams = 0;
  const run = OVERLAP_WORDS - 1;
  for (let start = 0; start + run <= sequence.length; start++) {
    const distinct = new Set(sequence.slice(start, start + run)).size;
    if (runGrams === 0 || distinct < runGrams) runGrams = distinct;
  }
  return { words, grams, runGrams };
}
