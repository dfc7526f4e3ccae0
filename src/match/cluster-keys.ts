import { containmentDistance } from "./containment-distance.ts";
import type { KeyTable, MatchKey } from "./build-key-table.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { wordEditDistance } from "./word-edit-distance.ts";

export interface ClusterKeysInput {
  table: KeyTable;
  options: ResolvedMatchOptions;
  /** unions applied first without any check (the families of a previous run) */
  given?: readonly (readonly [number, number])[];
  /** unions applied next, speaker-checked (repeatOf links) */
  forced?: readonly (readonly [number, number])[];
  /**
   * true: compare only pairs where at least one key is `fresh`, and do not re-attach a stale
   * sub-span that already belongs to a larger family (incremental matching)
   */
  incremental?: boolean;
}

/**
 * Clusters keys into families; returns each key's representative (a key index).
 *
 * 1. Candidates by blocking, never all pairs: an inverted index of word bigrams (bigrams carried
 *    by more than `maxPostings` keys are boilerplate and skipped); a pair is a candidate when it
 *    shares 2 bigrams (1 when either side has at most 6 words).
 * 2. Verification: speakers agree or one is unknown; dates within the window; then either word
 *    edit distance within `editThreshold` (same-length wordings) or approximate containment of
 *    the shorter in the longer (teasers, sub-spans, pieces of a split quote).
 * 3. Union, strongest evidence first, under a speaker constraint: a family holds at most one
 *    known speaker, so an unknown-speaker wording can never bridge two speakers. Each contained
 *    wording joins only its best container (fewest edits, then tightest, then text order), and
 *    a container never joins two wordings from unrelated articles quoted at disjoint places (that
 *    is two statements quoted as one: the merged quote joins the first family only).
 * 4. Paraphrase: an indirect claim left alone joins the direct quote of the same known speaker
 *    with which it shares most content words (at least `paraphraseMinShared` words and
 *    `paraphraseOverlap` of the claim's content words).
 */
export function clusterKeys(input: ClusterKeysInput): Int32Array {
  const { table, options } = input;
  const keys = table.keys;
  const incremental = input.incremental === true;
  const uf = new SpeakerUnionFind(keys);
  for (const [a, b] of input.given ?? []) uf.union(a, b, false);
  for (const [a, b] of input.forced ?? []) uf.union(a, b, true);

  const edges = findEdges(keys, options, incremental);
  const order = Array.from({ length: edges.full.length / 3 }, (_, i) => i);
  const f = edges.full;
  order.sort((x, y) => (f[x * 3 + 2] ?? 0) - (f[y * 3 + 2] ?? 0) || (f[x * 3] ?? 0) - (f[y * 3] ?? 0) || (f[x * 3 + 1] ?? 0) - (f[y * 3 + 1] ?? 0));
  for (const e of order) uf.union(f[e * 3] ?? 0, f[e * 3 + 1] ?? 0, true);

  attachContained(keys, edges.contained, uf, incremental);
  attachParaphrases(keys, table, options, uf, incremental);

  const roots = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) roots[i] = uf.find(i);
  return roots;
}

interface Edges {
  /** flattened (a, b, distance) triples, a < b */
  full: number[];
  /** by shorter key: (long, distance, start, end) quadruples */
  contained: Map<number, number[]>;
}

function findEdges(keys: MatchKey[], options: ResolvedMatchOptions, incremental: boolean): Edges {
  const n = keys.length;
  // bigram ids per key (deduplicated), in CSR form
  const gramIds = new Map<number, number>();
  const keyGramStart = new Int32Array(n + 1);
  let room = 0;
  for (const key of keys) if (!key.short) room += Math.max(0, key.words.length - 1);
  const grams = new Int32Array(room);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    keyGramStart[i] = used;
    if (key === undefined || key.short) continue;
    const w = key.words;
    const local: number[] = [];
    for (let p = 0; p + 1 < w.length; p++) {
      const h = (Math.imul(w[p] ?? 0, 0x9e3779b1) ^ Math.imul((w[p + 1] ?? 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
      let id = gramIds.get(h);
      if (id === undefined) {
        id = gramIds.size;
        gramIds.set(h, id);
      }
      local.push(id);
    }
    local.sort((x, y) => x - y);
    for (let p = 0; p < local.length; p++) if (p === 0 || local[p] !== local[p - 1]) grams[used++] = local[p] ?? 0;
  }
  keyGramStart[n] = used;
  const g = gramIds.size;
  gramIds.clear();
  const df = new Int32Array(g + 1);
  for (let p = 0; p < used; p++) {
    const id = grams[p] ?? 0;
    df[id + 1] = (df[id + 1] ?? 0) + 1;
  }
  const postStart = new Int32Array(g + 1);
  for (let id = 0; id < g; id++) postStart[id + 1] = (postStart[id] ?? 0) + (df[id + 1] ?? 0);
  const fill = postStart.slice(0, g);
  const postings = new Int32Array(used);
  for (let i = 0; i < n; i++) {
    for (let p = keyGramStart[i] ?? 0; p < (keyGramStart[i + 1] ?? 0); p++) {
      const id = grams[p] ?? 0;
      postings[fill[id] ?? 0] = i;
      fill[id] = (fill[id] ?? 0) + 1;
    }
  }

  const full: number[] = [];
  const contained = new Map<number, number[]>();
  const stamp = new Int32Array(n).fill(-1);
  const count = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const ki = keys[i];
    if (ki === undefined || ki.short || (incremental && !ki.fresh)) continue;
    touched.length = 0;
    let skipped = 0;
    for (let p = keyGramStart[i] ?? 0; p < (keyGramStart[i + 1] ?? 0); p++) {
      const id = grams[p] ?? 0;
      const s = postStart[id] ?? 0;
      const e = postStart[id + 1] ?? 0;
      if (e - s > options.maxPostings) {
        skipped++;
        continue;
      }
      for (let q = s; q < e; q++) {
        const j = postings[q] ?? 0;
        if (j === i) continue;
        // each pair once: from its lower index when both sides are queried
        if (j < i && (!incremental || keys[j]?.fresh === true)) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          count[j] = 1;
          touched.push(j);
        } else {
          count[j] = (count[j] ?? 0) + 1;
        }
      }
    }
    for (const j of touched) {
      const kj = keys[j];
      if (kj === undefined) continue;
      const shortest = Math.min(ki.words.length, kj.words.length);
      const shared = count[j] ?? 0;
      if (shared < (shortest <= 6 ? 1 : 2)) continue;
      // q-gram filter: each word edit destroys at most 2 distinct bigrams of the shorter wording,
      // so a pair within the largest allowed distance shares at least (its bigrams - 2 * max)
      // (skipped boilerplate bigrams may be shared too: counted as if they were)
      const most = Math.max(options.editThreshold(Math.max(ki.words.length, kj.words.length)), shortest < 8 ? 0 : shortest < 15 ? 1 : 2);
      const gramsI = (keyGramStart[i + 1] ?? 0) - (keyGramStart[i] ?? 0);
      const gramsJ = (keyGramStart[j + 1] ?? 0) - (keyGramStart[j] ?? 0);
      if (shared + skipped < Math.min(gramsI, gramsJ) - 2 * most) continue;
      verifyPair(i, ki, j, kj, options, full, contained);
    }
  }
  return { full, contained };
}

function verifyPair(i: number, ki: MatchKey, j: number, kj: MatchKey, options: ResolvedMatchOptions, full: number[], contained: Map<number, number[]>): void {
  if (ki.speaker >= 0 && kj.speaker >= 0 && ki.speaker !== kj.speaker) return;
  if (!withinWindow(ki, kj, options.windowDays)) return;
  const la = ki.words.length;
  const lb = kj.words.length;
  const threshold = options.editThreshold(Math.max(la, lb));
  if (Math.abs(la - lb) <= threshold) {
    const d = wordEditDistance(ki.words, kj.words, threshold);
    if (d <= threshold) full.push(Math.min(i, j), Math.max(i, j), d);
    return;
  }
  const [s, ks, l, kl] = la < lb ? [i, ki, j, kj] : [j, kj, i, ki];
  const ls = ks.words.length;
  if (ls < options.minContainedWords) return;
  const c = containmentDistance(ks.words, kl.words, ls < 8 ? 0 : ls < 15 ? 1 : 2);
  if (c === null) return;
  let list = contained.get(s);
  if (list === undefined) {
    list = [];
    contained.set(s, list);
  }
  list.push(l, c.distance, c.start, c.end);
}

function withinWindow(a: MatchKey, b: MatchKey, windowDays: number | null): boolean {
  if (windowDays === null || a.undated || b.undated) return true;
  const gap = Math.max(a.minDay, b.minDay) - Math.min(a.maxDay, b.maxDay);
  return !(gap > windowDays);
}

function attachContained(keys: MatchKey[], contained: Map<number, number[]>, uf: SpeakerUnionFind, incremental: boolean): void {
  // longer sub-spans first, so that a short teaser can join through a longer one
  const shorts = [...contained.keys()].sort((x, y) => (keys[y]?.words.length ?? 0) - (keys[x]?.words.length ?? 0) || x - y);
  /** container key -> attached (start, end, short key) */
  const attached = new Map<number, number[]>();
  for (const s of shorts) {
    const ks = keys[s];
    const list = contained.get(s);
    if (ks === undefined || list === undefined) continue;
    if (incremental && !ks.fresh && uf.size(s) > 1) continue;
    let best = -1;
    for (let p = 0; p < list.length; p += 4) {
      if (best < 0) {
        best = p;
        continue;
      }
      const d = (list[p + 1] ?? 0) - (list[best + 1] ?? 0);
      const lp = keys[list[p] ?? 0]?.words.length ?? 0;
      const lb = keys[list[best] ?? 0]?.words.length ?? 0;
      if (d < 0 || (d === 0 && (lp < lb || (lp === lb && (keys[list[p] ?? 0]?.text ?? "") < (keys[list[best] ?? 0]?.text ?? ""))))) best = p;
    }
    if (best < 0) continue;
    const l = list[best] ?? 0;
    const start = list[best + 2] ?? 0;
    const end = list[best + 3] ?? 0;
    const previous = attached.get(l) ?? [];
    let clash = false;
    for (let p = 0; p < previous.length; p += 3) {
      const other = previous[p + 2] ?? 0;
      const disjoint = end <= (previous[p] ?? 0) || start >= (previous[p + 1] ?? 0);
      if (disjoint && uf.find(other) !== uf.find(s) && !sharesArticle(ks, keys[other])) clash = true;
    }
    if (clash) continue;
    if (uf.union(s, l, true)) {
      previous.push(start, end, s);
      attached.set(l, previous);
    }
  }
}

function sharesArticle(a: MatchKey, b: MatchKey | undefined): boolean {
  if (b === undefined) return false;
  let i = 0;
  let j = 0;
  while (i < a.articles.length && j < b.articles.length) {
    const x = a.articles[i] ?? 0;
    const y = b.articles[j] ?? 0;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

const STOPWORDS = new Set([
  "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
  "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these",
  "those", "we", "our", "us", "they", "their", "them", "he", "his", "him", "she", "her", "i", "my",
  "you", "your", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
  "does", "did", "have", "has", "had", "not", "no", "so", "than", "then", "there", "here", "which",
  "who", "whom", "what", "when", "where", "how", "all", "also", "well", "very", "more", "most",
  "within", "into", "about", "said", "says", "say", "told", "ready", "continue", "new", "newest",
]);

function attachParaphrases(keys: MatchKey[], table: KeyTable, options: ResolvedMatchOptions, uf: SpeakerUnionFind, incremental: boolean): void {
  const content = new Uint8Array(table.vocab.size);
  for (const [word, id] of table.vocab) content[id] = STOPWORDS.has(word) || word.length < 3 ? 0 : 1;
  const claims: number[] = [];
  const claimSpeakers = new Set<number>();
  keys.forEach((k, i) => {
    if (k.indirect && !k.short && k.speaker >= 0 && uf.size(i) === 1) {
      claims.push(i);
      claimSpeakers.add(k.speaker);
    }
  });
  if (claims.length === 0) return;
  // (speaker, content word) -> direct keys
  const index = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k.indirect || k.short || k.speaker < 0 || !claimSpeakers.has(k.speaker)) return;
    for (const w of new Set(k.words)) {
      if (content[w] !== 1) continue;
      const slot = `${k.speaker}:${w}`;
      const list = index.get(slot);
      if (list === undefined) index.set(slot, [i]);
      else list.push(i);
    }
  });
  for (const c of claims) {
    const kc = keys[c];
    if (kc === undefined) continue;
    const words = [...new Set(kc.words)].filter((w) => content[w] === 1);
    if (words.length === 0) continue;
    const shared = new Map<number, number>();
    for (const w of words) for (const d of index.get(`${kc.speaker}:${w}`) ?? []) shared.set(d, (shared.get(d) ?? 0) + 1);
    let best = -1;
    let bestShared = 0;
    for (const [d, count] of shared) {
      const kd = keys[d];
      if (kd === undefined || count < options.paraphraseMinShared || count / words.length < options.paraphraseOverlap) continue;
      if (incremental && !kc.fresh && !kd.fresh) continue;
      if (!withinWindow(kc, kd, options.windowDays)) continue;
      if (count > bestShared || (count === bestShared && (kd.text < (keys[best]?.text ?? "")))) {
        best = d;
        bestShared = count;
      }
    }
    if (best >= 0) uf.union(c, best, true);
  }
}

/** Union-find whose sets carry at most one known speaker. */
class SpeakerUnionFind {
  private readonly parent: Int32Array;
  private readonly speaker: Int32Array;
  private readonly sizes: Int32Array;

  constructor(keys: readonly MatchKey[]) {
    this.parent = new Int32Array(keys.length);
    this.speaker = new Int32Array(keys.length);
    this.sizes = new Int32Array(keys.length).fill(1);
    keys.forEach((k, i) => {
      this.parent[i] = i;
      this.speaker[i] = k.speaker;
    });
  }

  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    let y = x;
    while (this.parent[y] !== r) {
      const next = this.parent[y] ?? r;
      this.parent[y] = r;
      y = next;
    }
    return r;
  }

  size(x: number): number {
    return this.sizes[this.find(x)] ?? 1;
  }

  /** false when the sets hold two different known speakers (and `checked`) */
  union(a: number, b: number, checked: boolean): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const sa = this.speaker[ra] ?? -1;
    const sb = this.speaker[rb] ?? -1;
    if (checked && sa >= 0 && sb >= 0 && sa !== sb) return false;
    // the smaller index stays the root: deterministic whatever the union order
    if (rb < ra) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.sizes[ra] = (this.sizes[ra] ?? 0) + (this.sizes[rb] ?? 0);
    this.speaker[ra] = sa >= 0 ? sa : sb;
    return true;
  }
}
