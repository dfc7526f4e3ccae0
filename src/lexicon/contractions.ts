/**
 * English contractions, read by the drift classification (src/drift/change-detectors.ts): how a
 * contracted word is spelled out. "'s" and "'d" are ambiguous (is/has, would/had): they expand to
 * a placeholder that matches either word.
 */

/** Whole words whose contraction is irregular, lower-case, straight apostrophe. */
export const IRREGULAR_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["won't", ["will", "not"]], ["can't", ["can", "not"]], ["cannot", ["can", "not"]], ["shan't", ["shall", "not"]],
  ["ain't", ["am", "not"]], ["let's", ["let", "us"]], ["y'all", ["you", "all"]],
]);

/** Contracted tails and what they spell out ("*s": is or has; "*d": would or had). */
export const CONTRACTION_TAILS: readonly (readonly [string, string])[] = [
  ["n't", "not"], ["'re", "are"], ["'m", "am"], ["'ve", "have"], ["'ll", "will"], ["'d", "*d"], ["'s", "*s"],
];

/** Words that may stand for an ambiguous placeholder. */
export const CONTRACTION_PLACEHOLDERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["*s", new Set(["is", "has"])],
  ["*d", new Set(["would", "had"])],
]);

/** Words before which "'s" is a verb (it's, that's), not a possessive (Iran's). */
export const S_CONTRACTION_HOSTS: ReadonlySet<string> = new Set([
  "it", "he", "she", "that", "there", "here", "what", "who", "where", "when", "how", "this", "everything",
  "nothing", "something", "everyone", "someone", "nobody", "somebody",
]);
