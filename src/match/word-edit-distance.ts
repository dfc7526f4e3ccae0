/**
 * Levenshtein distance over word arrays (insert, delete, substitute: cost 1), computed only
 * inside the band |i - j| <= max. Returns max + 1 as soon as the distance must exceed max, so
 * a failed comparison costs O(n * max), not O(n^2).
 */
export function wordEditDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  const over = max + 1;
  let prev = new Int32Array(m + 1);
  let curr = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    curr.fill(over);
    curr[0] = i <= max ? i : over;
    let rowMin = curr[0] ?? over;
    const ai = a[i - 1];
    for (let j = lo; j <= hi; j++) {
      const sub = (prev[j - 1] ?? over) + (ai === b[j - 1] ? 0 : 1);
      const del = (prev[j] ?? over) + 1;
      const ins = (curr[j - 1] ?? over) + 1;
      let v = sub < del ? sub : del;
      if (ins < v) v = ins;
      if (v > over) v = over;
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    const t = prev;
    prev = curr;
    curr = t;
  }
  const d = prev[m] ?? over;
  return d > max ? over : d;
}
