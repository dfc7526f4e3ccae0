export interface PairScore {
  /** pairs of mentions counted (truth pairs involving the kind, for a kind) */
  truthPairs: number;
  predictedPairs: number;
  /** null when nothing was predicted together */
  precision: number | null;
  /** null when the truth holds no pair */
  recall: number | null;
  /** null when precision or recall is */
  f1: number | null;
}

export interface KindScore extends PairScore {
  kind: string;
  mentions: number;
  /** the figures over the other mentions only (the corpus without this kind) */
  without: PairScore;
}

export interface NoiseKindScores {
  overall: PairScore;
  byKind: KindScore[];
}

/**
 * Pairwise precision and recall of a clustering against the truth (`predicted[i]`, `truth[i]`:
 * cluster ids of mention i), overall and per noise kind: a kind's figures count the pairs with at
 * least one mention of that kind (bit k of `tags[i]` for kinds[k]), i.e. all pairs minus the pairs
 * among the other mentions (whose figures are the kind's `without`). Computed from contingency tables, no pair is enumerated; O(n) per kind.
 */
export function scoreNoiseKinds(predicted: Int32Array, truth: Int32Array, tags: Uint16Array | null, kinds: readonly string[]): NoiseKindScores {
  const all = countPairs(predicted, truth, null, 0);
  const byKind = tags === null ? [] : kinds.map((kind, k): KindScore => {
    const bit = 1 << k;
    let mentions = 0;
    for (const t of tags) if ((t & bit) !== 0) mentions++;
    const rest = countPairs(predicted, truth, tags, bit);
    return { kind, mentions, ...toScore(all.tp - rest.tp, all.pp - rest.pp, all.tt - rest.tt), without: toScore(rest.tp, rest.pp, rest.tt) };
  });
  return { overall: toScore(all.tp, all.pp, all.tt), byKind };
}

/** pairs together in both, predicted together, truly together, among the mentions without `bit` (all when tags is null) */
function countPairs(predicted: Int32Array, truth: Int32Array, tags: Uint16Array | null, bit: number): { tp: number; pp: number; tt: number } {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const cells = new Map<number, number>();
  const p = new Map<number, number>();
  const t = new Map<number, number>();
  for (let i = 0; i < predicted.length; i++) {
    if (tags !== null && ((tags[i] ?? 0) & bit) !== 0) continue;
    const a = predicted[i] ?? 0;
    const b = truth[i] ?? 0;
    const cell = a * 4_194_304 + b;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    p.set(a, (p.get(a) ?? 0) + 1);
    t.set(b, (t.get(b) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of cells.values()) tp += pairs(n);
  let pp = 0;
  for (const n of p.values()) pp += pairs(n);
  let tt = 0;
  for (const n of t.values()) tt += pairs(n);
  return { tp, pp, tt };
}

function toScore(tp: number, pp: number, tt: number): PairScore {
  const precision = pp === 0 ? null : tp / pp;
  const recall = tt === 0 ? null : tp / tt;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truthPairs: tt, predictedPairs: pp, precision, recall, f1 };
}
