import { diceSimilarity } from "../text/dice-similarity.ts";

export interface ScoreFragmentOptions {
  /** also slide query-sized windows over the text (costly; default true) */
  windows?: boolean;
}

/** Query weight (3 per word of 5+ letters, 2 for 3-4, 1 for shorter) that earns full credit. */
const FULL_WEIGHT = 8;
/** Share of the word fit earned by the words found in any order; the rest is order and adjacency. */
const BAG_SHARE = 0.6;
/** Most a score loses for covering little of the text. */
const COVERAGE_SHARE = 0.1;
/** Credit for a word found only within a small edit distance. */
const NEAR_CREDIT = 0.8;

/**
 * How well a query (tokens) finds a text (tokens), 0..1: the best of three fits, times a factor
 * from 0.9 to 1 for the share of the text the query covers.
 * - whole Dice: the query is (close to) the whole quote, typos included;
 * - window Dice: the query is close to a stretch of the quote of about its length (a fragment);
 * - word fit: the query's words found in the quote, a word counting as found when equal or within
 *   a small edit distance ("lerger" ~ "larger"), words weighing by length so "a" and "to" cannot
 *   carry a match. Words found in any order earn most of it (BAG_SHARE: "drills hold Beijing
 *   ready" still finds its quote); the rest goes to words found in the query's order (the longest
 *   common subsequence) and to the longest run found side by side, so "China is ready" fits
 *   "China is ready to work with Belarus" better than "... is ready to work with China".
 * Word and window fits are scaled down for queries of little weight (under ~3 long words), so
 * "SCO" or "we will" alone do not claim a family, while "weighty exhibitoin" does.
 * Coverage: a fragment that is a larger share of one quote than of another fits the first better
 * (it explains more of it); it moves a score by at most COVERAGE_SHARE (10%), so it decides between
 * quotes that hold the fragment about equally well, and a fit better by more than that wins. A
 * query that is a whole quote scores 1; an exact fragment of a quote scores a little less.
 */
export function scoreFragment(query: readonly string[], text: readonly string[], options: ScoreFragmentOptions = {}): number {
  if (query.length === 0 || text.length === 0) return 0;
  const q = query.join(" ");
  let best = diceSimilarity(q, text.join(" "));

  const fit = fitWords(query, text);
  const shortness = Math.min(1, fit.total / FULL_WEIGHT);
  best = Math.max(best, fit.words * shortness);

  // Windows only where some words are shared: keeps a corpus-wide search fast.
  if (options.windows !== false && text.length > query.length && fit.found / fit.total >= 0.3) {
    windows: for (const size of [query.length - 1, query.length, query.length + 1]) {
      if (size < 1 || size > text.length) continue;
      for (let i = 0; i + size <= text.length; i++) {
        best = Math.max(best, diceSimilarity(q, text.slice(i, i + size).join(" ")) * shortness);
        if (best >= 1) break windows;
      }
    }
  }
  const textWeight = text.reduce((sum, word) => sum + wordWeight(word), 0);
  const coverage = Math.min(1, fit.found / textWeight);
  return Math.min(1, best) * (1 - COVERAGE_SHARE + COVERAGE_SHARE * coverage);
}

interface WordFit {
  /** the query's weight */
  total: number;
  /** weight of the query's words found anywhere in the text (near words at NEAR_CREDIT) */
  found: number;
  /** 0..1: BAG_SHARE for the words found in any order, the rest for order and adjacency */
  words: number;
}

function fitWords(query: readonly string[], text: readonly string[]): WordFit {
  const vocabulary = new Set(text);
  // credit[i](word): how query word i matches a text word, 1 equal, NEAR_CREDIT near, 0 not.
  // A word found exactly counts only where it is equal (a near word elsewhere adds nothing).
  const credit = query.map((word) => {
    if (vocabulary.has(word)) return (other: string) => (other === word ? 1 : 0);
    if (word.length < 4) return () => 0;
    const near = new Set([...vocabulary].filter((candidate) => isNearWord(word, candidate)));
    return (other: string) => (near.has(other) ? NEAR_CREDIT : 0);
  });
  const weights = query.map(wordWeight);
  let total = 0;
  let found = 0;
  // Weighted longest common subsequence (in order) and longest common run (side by side), by
  // rows over the query: O(query x text), both small.
  let ordered = new Array<number>(text.length + 1).fill(0);
  let run = new Array<number>(text.length + 1).fill(0);
  let longestRun = 0;
  for (let i = 0; i < query.length; i++) {
    const weight = weights[i] ?? 0;
    const matches = credit[i] ?? (() => 0);
    total += weight;
    let bestHere = 0;
    const nextOrdered = [0];
    const nextRun = [0];
    for (let j = 1; j <= text.length; j++) {
      const c = matches(text[j - 1] ?? "") * weight;
      if (c > bestHere) bestHere = c;
      nextOrdered.push(Math.max(ordered[j] ?? 0, nextOrdered[j - 1] ?? 0, c > 0 ? (ordered[j - 1] ?? 0) + c : 0));
      const r = c > 0 ? (run[j - 1] ?? 0) + c : 0;
      nextRun.push(r);
      if (r > longestRun) longestRun = r;
    }
    found += bestHere;
    ordered = nextOrdered;
    run = nextRun;
  }
  const inOrder = ordered[text.length] ?? 0;
  const words = (BAG_SHARE * found + ((1 - BAG_SHARE) / 2) * (inOrder + longestRun)) / total;
  return { total, found, words };
}

/** 3 for a word of 5+ letters, 2 for 3-4, 1 for shorter. */
function wordWeight(word: string): number {
  return word.length <= 2 ? 1 : word.length <= 4 ? 2 : 3;
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
