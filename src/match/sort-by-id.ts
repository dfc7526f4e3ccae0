/**
 * `items` sorted by id in code-unit order (as `[...items].sort((a, b) => a.id < b.id ? -1 : ...)`,
 * stable: equal ids keep their order), faster on a million items: the first characters after the
 * ids' common prefix are packed into two numbers per item, and only items equal in those are
 * compared as strings. A new array.
 */
export function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const n = items.length;
  if (n < 2) return [...items];
  // the prefix every id shares ("m-", "m000"): the packed characters are read after it
  const first = items[0]?.id ?? "";
  let common = first.length;
  for (let i = 1; i < n && common > 0; i++) {
    const id = items[i]?.id ?? "";
    const max = Math.min(common, id.length);
    let k = 0;
    while (k < max && id.charCodeAt(k) === first.charCodeAt(k)) k++;
    common = k;
  }
  const high = new Float64Array(n);
  const low = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = items[i]?.id ?? "";
    high[i] = pack(id, common);
    low[i] = pack(id, common + 3);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (high[a] ?? 0) - (high[b] ?? 0) || (low[a] ?? 0) - (low[b] ?? 0) || compareIds(items[a]?.id ?? "", items[b]?.id ?? "") || a - b);
  return order.map((i) => items[i] as T);
}

/**
 * Three code units from `from` as one number that orders as they do: each unit + 1 (a missing
 * one, past the end, is 0 and comes first, as a shorter string does), 17 bits each (51 bits:
 * exact in a double).
 */
function pack(id: string, from: number): number {
  let out = 0;
  for (let k = from; k < from + 3; k++) out = out * 131_072 + (k < id.length ? id.charCodeAt(k) + 1 : 0);
  return out;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
