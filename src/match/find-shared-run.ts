/**
 * The longest run of consecutive words two wordings share, as [start in a, start in b, length]
 * (the first such run in a, then b, on ties), or null when they share none of `least` words.
 * With `accept`, the longest run it accepts (each run is offered extended as far left as the
 * words agree). Dynamic programming over one row, O(|a| * |b|) time and O(|b|) space (quotes
 * are short).
 */
export function findSharedRun(
  a: Int32Array, b: Int32Array, least: number, accept?: (startA: number, startB: number, length: number) => boolean,
): [number, number, number] | null {
  if (a.length < least || b.length < least) return null;
  let row = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  let best = 0;
  let bestA = 0;
  let bestB = 0;
  for (let i = 1; i <= a.length; i++) {
    const wa = a[i - 1];
    next[0] = 0;
    for (let j = 1; j <= b.length; j++) {
      const run = wa === b[j - 1] ? (row[j - 1] ?? 0) + 1 : 0;
      next[j] = run;
      if (run > best && (accept === undefined || accept(i - run, j - run, run))) {
        best = run;
        bestA = i - run;
        bestB = j - run;
      }
    }
    [row, next] = [next, row];
  }
  return best >= least ? [bestA, bestB, best] : null;
}
