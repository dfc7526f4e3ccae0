/** Negating words (contractions included): a change to one of them reverses a statement. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without",
  "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't", "couldn't", "mustn't", "mightn't", "needn't",
]);
