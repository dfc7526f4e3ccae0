import type { MatchKey } from "../build-key-table.ts";
import type { ResolvedMatchOptions } from "../resolve-match-options.ts";

/**
 * An inverted index of word bigrams over the keys of one run, in CSR form (flat typed arrays:
 * a million keys must not hold a million small arrays), plus the scratch space of the candidate
 * search (one index serves one run, queried one key at a time).
 */
export interface BigramIndex {
  keys: readonly MatchKey[];
  options: ResolvedMatchOptions;
  /** keys that are queried (see Matcher.candidates: each pair of them is offered once) */
  queried: Uint8Array;
  /** every key with a bigram is queried (a rebuild, not incremental) */
  allQueried: boolean;
  /** key i's word count */
  wordCount: Int32Array;
  /** key i's distinct bigram ids are grams[keyGramStart[i] .. keyGramStart[i + 1]) */
  keyGramStart: Int32Array;
  grams: Int32Array;
  /** bigram id g's keys are postings[postStart[g] .. postStart[g + 1]) */
  postStart: Int32Array;
  postings: Int32Array;
  /** scratch: the query a key was last counted for, and its count of shared bigrams */
  stamp: Int32Array;
  count: Int32Array;
  touched: number[];
}

/**
 * Indexes every key of two words or more by its distinct word bigrams (short ones can still
 * join a longer quote as fragments). `incremental`: only fresh
 * keys are queried. `shared`: the arrays other threads read (all but the scratch space) are
 * allocated in SharedArrayBuffers, so that worker threads read them without a copy.
 */
export function buildBigramIndex(keys: readonly MatchKey[], options: ResolvedMatchOptions, incremental: boolean, shared = false): BigramIndex {
  const n = keys.length;
  const ints = (length: number): Int32Array => (shared ? new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)), 0, length) : new Int32Array(length));
  const keyGramStart = ints(n + 1);
  let room = 0;
  for (const key of keys) room += Math.max(0, key.words.length - 1);
  const grams = ints(room);
  // bigram hash -> id: open addressing over typed arrays (a Map of ten million numbers is slower
  // and boxes the hashes above 2^30), at most half full: doubled (and its ids re-slotted) when
  // half the slots are taken
  let capacity = Math.max(16, Math.ceil(room / 2));
  let slotHash = new Uint32Array(capacity);
  let slotId = new Int32Array(capacity).fill(-1);
  let g = 0;
  let used = 0;
  let longest = 1;
  for (const key of keys) if (key.words.length > longest) longest = key.words.length;
  const scratch = new Int32Array(longest);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    keyGramStart[i] = used;
    if (key === undefined || key.words.length < 2) continue;
    const w = key.words;
    let m = 0;
    for (let p = 0; p + 1 < w.length; p++) {
      const h = (Math.imul(w[p] ?? 0, 0x9e3779b1) ^ Math.imul((w[p + 1] ?? 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
      let slot = (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0) % capacity;
      let id = slotId[slot] ?? -1;
      while (id !== -1 && slotHash[slot] !== h) {
        slot = slot + 1 === capacity ? 0 : slot + 1;
        id = slotId[slot] ?? -1;
      }
      if (id === -1) {
        id = g++;
        slotId[slot] = id;
        slotHash[slot] = h;
        if (2 * g > capacity) {
          const oldHash = slotHash;
          const oldId = slotId;
          capacity *= 2;
          slotHash = new Uint32Array(capacity);
          slotId = new Int32Array(capacity).fill(-1);
          for (let q = 0; q < oldId.length; q++) {
            const movedId = oldId[q] ?? -1;
            if (movedId === -1) continue;
            const movedHash = oldHash[q] ?? 0;
            let to = (Math.imul(movedHash ^ (movedHash >>> 16), 0x45d9f3b) >>> 0) % capacity;
            while (slotId[to] !== -1) to = to + 1 === capacity ? 0 : to + 1;
            slotId[to] = movedId;
            slotHash[to] = movedHash;
          }
        }
      }
      scratch[m++] = id;
    }
    const local = scratch.subarray(0, m).sort();
    for (let p = 0; p < m; p++) if (p === 0 || local[p] !== local[p - 1]) grams[used++] = local[p] ?? 0;
  }
  keyGramStart[n] = used;
  const df = new Int32Array(g + 1);
  for (let p = 0; p < used; p++) {
    const id = grams[p] ?? 0;
    df[id + 1] = (df[id + 1] ?? 0) + 1;
  }
  const postStart = ints(g + 1);
  for (let id = 0; id < g; id++) postStart[id + 1] = (postStart[id] ?? 0) + (df[id + 1] ?? 0);
  const fill = postStart.slice(0, g);
  const postings = ints(used);
  for (let i = 0; i < n; i++) {
    for (let p = keyGramStart[i] ?? 0; p < (keyGramStart[i + 1] ?? 0); p++) {
      const id = grams[p] ?? 0;
      postings[fill[id] ?? 0] = i;
      fill[id] = (fill[id] ?? 0) + 1;
    }
  }
  const queried = shared ? new Uint8Array(new SharedArrayBuffer(Math.max(1, n)), 0, n) : new Uint8Array(n);
  const wordCount = ints(n);
  keys.forEach((k, i) => {
    queried[i] = k.words.length >= 2 && (!incremental || k.fresh) ? 1 : 0;
    wordCount[i] = k.words.length;
  });
  return {
    keys, options, queried, allQueried: !incremental, wordCount, keyGramStart, grams, postStart, postings,
    stamp: new Int32Array(n).fill(-1), count: new Int32Array(n), touched: [],
  };
}
