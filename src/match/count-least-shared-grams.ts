import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { containedEdits, OVERLAP_WORDS } from "./verify-pair.ts";

/** What the bound needs of a wording: its words, its distinct word bigrams, the fewest distinct bigrams in a run of OVERLAP_WORDS of its words. */
export interface WordingShape {
  words: number;
  grams: number;
  /** fewest distinct bigrams of any OVERLAP_WORDS consecutive words (0 when shorter) */
  runGrams: number;
}

/**
 * The fewest distinct word bigrams two wordings of these shapes share when verifyPair can find
 * them one statement; Infinity when it never can. Each word edit removes at most two of a
 * wording's bigrams, so: same length within `editThreshold` (a full match within `threshold`
 * edits): the fewer bigrams of the two less 2 x threshold; else the shorter contained in the
 * longer within containedEdits: its bigrams less 2 x those edits; or an overlap of OVERLAP_WORDS
 * or more words: the bigrams of such a run (`a`'s fewest). Never under 1 (a shared bigram is what
 * the in-memory matcher's candidates share). The incremental match's scope keeps a stored mention
 * only when it shares this many bigrams with one new mention (Store.loadMatchScope).
 */
export function countLeastSharedGrams(a: WordingShape, b: WordingShape, options: ResolvedMatchOptions): number {
  const threshold = options.editThreshold(Math.max(a.words, b.words));
  let least: number;
  if (Math.abs(a.words - b.words) <= threshold) {
    least = Math.min(a.grams, b.grams) - 2 * threshold;
  } else {
    const short = a.words < b.words ? a : b;
    least = short.grams - 2 * containedEdits(short.words, options);
  }
  if (a.words >= OVERLAP_WORDS && b.words >= OVERLAP_WORDS) least = Math.min(least, a.runGrams);
  return Math.max(1, least);
}
