import { diceSimilarity } from "../text/dice-similarity.ts";

/**
 * How well a query (tokens) finds a text (tokens), 0..1, as the best of:
 * - whole Dice: the query is (close to) the whole quote, typos included;
 * - window Dice: the query is close to a stretch of the quote of about its length (a fragment);
 * - containment: the share of the query's words found in the quote, in any order, a word counting
 *   as found when equal or within a small edit distance ("lerger" ~ "larger"); words weigh by
 *   length so "a" and "to" cannot carry a match.
 * Containment and window scores are scaled down for queries of little weight (under ~3 long
 * words), so "SCO" or "we will" alone do not claim a family, while "weighty exhibitoin" does.
 */
/** Query weight (3 per word of 5+ letters, 2 for 3-4, 1 for shorter) that earns full credit. */
const FULL_WEIGHT = 8;

export interface ScoreFragmentOptions {
  /** also slide query-sized windows over the text (costly; default true) */
  windows?: boolean;
}

export function scoreFragment(query: readonly string[], text: readonly string[], options: ScoreFragmentOptions = {}): number {
  if (query.length === 0 || text.length === 0) return 0;
  const q = query.join(" ");
  let best = diceSimilarity(q, text.join(" "));

  const vocabulary = new Set(text);
  let found = 0;
  let total = 0;
  for (const word of query) {
    const weight = word.length <= 2 ? 1 : word.length <= 4 ? 2 : 3;
    total += weight;
    if (vocabulary.has(word)) found += weight;
    else if (word.length >= 4 && [...vocabulary].some((candidate) => isNearWord(word, candidate))) found += weight * 0.8;
  }
  const shortness = Math.min(1, total / FULL_WEIGHT);
  const containment = (found / total) * shortness;
  best = Math.max(best, containment);

  // Windows only where some words are shared: keeps a corpus-wide search fast.
  if (options.windows !== false && text.length > query.length && found / total >= 0.3) {
    for (const size of [query.length - 1, query.length, query.length + 1]) {
      if (size < 1 || size > text.length) continue;
      for (let i = 0; i + size <= text.length; i++) {
        const window = text.slice(i, i + size).join(" ");
        best = Math.max(best, diceSimilarity(q, window) * shortness);
        if (best >= 1) return 1;
      }
    }
  }
  return best;
}

/** Equal up to one edit (words of 4-6 letters) or two edits (7+ letters). */
function isNearWord(a: string, b: string): boolean {
  const limit = a.length >= 7 ? 2 : 1;
  if (Math.abs(a.length - b.length) > limit || b.length < 3) return false;
  return editDistanceWithin(a, b, limit);
}

function editDistanceWithin(a: string, b: string, limit: number): boolean {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}
