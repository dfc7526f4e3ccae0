export interface Containment {
  /** word edits needed to turn `short` into some contiguous run of `long` */
  distance: number;
  /** that run of `long`, word indices, end exclusive */
  start: number;
  end: number;
}

/**
 * Approximate containment of a short word sequence inside a longer one: semi-global edit
 * distance (free start and end in `long`). Returns null when the distance exceeds `max`.
 * O(|short| * |long|) time, two rows of memory; ties pick the leftmost run.
 */
export function containmentDistance<T>(short: ArrayLike<T>, long: ArrayLike<T>, max: number): Containment | null {
  const n = short.length;
  const m = long.length;
  if (n === 0) return { distance: 0, start: 0, end: 0 };
  // dist[j]: edits for short[0..i) ending at long[j]; from[j]: where that run starts in long
  let dist = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextDist = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) from[j] = j;
  for (let i = 1; i <= n; i++) {
    nextDist[0] = i;
    nextFrom[0] = 0;
    const si = short[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = (dist[j - 1] ?? 0) + (si === long[j - 1] ? 0 : 1);
      const del = (dist[j] ?? 0) + 1; // short word missing from long
      const ins = (nextDist[j - 1] ?? 0) + 1; // extra long word inside the run
      let v = sub;
      let f = from[j - 1] ?? 0;
      if (del < v) {
        v = del;
        f = from[j] ?? 0;
      }
      if (ins < v) {
        v = ins;
        f = nextFrom[j - 1] ?? 0;
      }
      nextDist[j] = v;
      nextFrom[j] = f;
    }
    [dist, nextDist] = [nextDist, dist];
    [from, nextFrom] = [nextFrom, from];
  }
  let best = -1;
  for (let j = 1; j <= m; j++) if (best < 0 || (dist[j] ?? 0) < (dist[best] ?? 0)) best = j;
  if (best < 0 || (dist[best] ?? 0) > max) return null;
  return { distance: dist[best] ?? 0, start: from[best] ?? 0, end: best };
}
