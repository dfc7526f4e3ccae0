/**
 * What diceSimilarity keeps of its first text between calls, owned by a caller that compares one
 * text with many (a family's canonical wording with each variant): pass the same object to every call.
 */
export interface DiceMemo {
  a?: { text: string; squeezed: string; grams: Float64Array | null };
}

/**
 * The one text similarity: Sørensen–Dice coefficient over character bigrams (as the
 * `string-similarity` package computed it), whitespace ignored, 0..1; identical texts score 1,
 * empty ones 0. Used for a variant's similarity to the canonical wording and by the audit's
 * fuzzy search, which scores thousands of windows per query: bigrams are compared as sorted
 * numbers (two UTF-16 units in one double) by a merge, several times faster than a Map of
 * substrings. `memo` keeps the first text's bigrams between calls (see DiceMemo).
 */
export function diceSimilarity(a: string, b: string, memo?: DiceMemo): number {
  let x: string;
  let left: Float64Array | null = null;
  if (memo?.a?.text === a) ({ squeezed: x, grams: left } = memo.a);
  else {
    x = a.replace(/\s+/g, "");
    if (memo !== undefined) memo.a = { text: a, squeezed: x, grams: null };
  }
  const y = b.replace(/\s+/g, "");
  if (x === y) return x.length > 0 ? 1 : 0;
  if (x.length < 2 || y.length < 2) return 0;
  if (left === null) {
    left = bigrams(x);
    if (memo?.a !== undefined) memo.a.grams = left;
  }
  const right = bigrams(y);
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const l = left[i] ?? 0;
    const r = right[j] ?? 0;
    if (l === r) { shared++; i++; j++; }
    else if (l < r) i++;
    else j++;
  }
  return (2 * shared) / (left.length + right.length);
}

function bigrams(text: string): Float64Array {
  const out = new Float64Array(text.length - 1);
  for (let i = 0; i < text.length - 1; i++) out[i] = text.charCodeAt(i) * 65_536 + text.charCodeAt(i + 1);
  return out.sort();
}
