import type { MatchKey } from "./build-key-table.ts";

/**
 * Stories, found before matching: groups of articles (indices as in MatchKey.articles) that report
 * one event, so that a quoted fragment joins only a quote of its own story. Two articles are in
 * one story when they carry the same wording (one key in both) or both quote a person sharing a
 * name word (family or given name; a bare name counts: stories are what confirms it), with dates at most `storyDays` apart (undated articles join
 * through shared wordings only). Depends only on the keys (not on which pairs a run compares), so
 * a rebuild and an incremental run see the same stories. Returns each article's story number.
 */
export function findStories(keys: readonly MatchKey[], storyDays: number): Int32Array {
  let articles = 0;
  for (const k of keys) for (const a of k.articles) if (a + 1 > articles) articles = a + 1;
  const parent = new Int32Array(articles);
  for (let i = 0; i < articles; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[x] !== r) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // an article's day: the earliest day of the wordings it carries (a wording's mentions share it
  // with other articles, but those are in its story anyway)
  const day = new Float64Array(articles).fill(Number.NaN);
  for (const k of keys) {
    const first = k.articles[0] ?? 0;
    for (let p = 1; p < k.articles.length; p++) union(first, k.articles[p] ?? 0);
    if (Number.isNaN(k.minDay)) continue;
    for (const a of k.articles) if (!((day[a] ?? Number.NaN) <= k.minDay)) day[a] = k.minDay;
  }
  // name word -> dated articles quoting such a person (family and given name: outlets disagree
  // on which part of "Li Shangfu" a bare "Li" is)
  const byFamily = new Map<string, Set<number>>();
  for (const k of keys) {
    if (k.person === null) continue;
    for (const word of k.person.given === "" ? [k.person.family] : [k.person.family, k.person.given]) {
      let set = byFamily.get(word);
      if (set === undefined) byFamily.set(word, (set = new Set()));
      for (const a of k.articles) if (!Number.isNaN(day[a] ?? Number.NaN)) set.add(a);
    }
  }
  for (const set of byFamily.values()) {
    const list = [...set].sort((x, y) => (day[x] ?? 0) - (day[y] ?? 0) || x - y);
    for (let p = 1; p < list.length; p++) {
      const x = list[p - 1] ?? 0;
      const y = list[p] ?? 0;
      if ((day[y] ?? 0) - (day[x] ?? 0) <= storyDays) union(x, y);
    }
  }
  const story = new Int32Array(articles);
  for (let i = 0; i < articles; i++) story[i] = find(i);
  return story;
}
