import type { KeyTable, MatchKey } from "./build-key-table.ts";
import { isWithinWindow } from "./is-within-window.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { areDifferentPersons, type PersonName } from "../text/parse-person-name.ts";
import type { Stories } from "./find-stories.ts";
import { prepareMatchKeys } from "./prepare-match-keys.ts";
import { findVerifiedPairs } from "./find-verified-pairs.ts";

export interface ClusterKeysInput {
  table: KeyTable;
  options: ResolvedMatchOptions;
  /** the stories of the table's articles (findStories) */
  stories: Stories;
  /** key pairs that must end in one family (constraints): unions applied first, unchecked */
  mustLink?: readonly (readonly [number, number])[];
  /** key pairs that never end in one family, not even through other keys (constraints) */
  cannotLink?: readonly (readonly [number, number])[];
  /** unions applied next without the speaker check (the families of a previous run) */
  given?: readonly (readonly [number, number])[];
  /** unions applied next, speaker-checked (repeatOf links) */
  forced?: readonly (readonly [number, number])[];
  /**
   * true: compare only pairs where at least one key is `fresh`, and do not re-attach a stale
   * sub-span that already belongs to a larger family (incremental matching)
   */
  incremental?: boolean;
  /**
   * incremental runs: set to 1 for every key that is not fresh and that a union was tried with
   * from a fresh key (joined or kept apart), or that a fresh key could contain: its family is what
   * the new keys touch
   */
  touched?: Uint8Array;
}

/**
 * Clusters keys into families; returns each key's representative (a key index).
 *
 * 1. Candidates and verification by the backend (`options.matcher`, see Matcher): today an
 *    inverted index of word bigrams, then word edit distance or approximate containment
 *    (verifyPair).
 * 2. Union, strongest evidence first (pairs with a named person on one side only last, the
 *    named family carried by most articles first), under a speaker constraint: a family never holds two
 *    confidently named, different persons (areDifferentPersons), so an unknown-speaker wording
 *    can never bridge two persons; unknown, role, document and organisation speakers never block.
 * 3. Fragments: each contained wording joins only its best container (fewest edits, then
 *    tightest, then text order), a piece of fewer than 8 words only within one story
 *    (findStories: the piece's article and one of the container's family as it stands before
 *    fragments attach, so another outlet's variant of the quote counts), and never when its own
 *    family already holds a quote as long as the container (a long quote never joins a family
 *    through a fragment member). A container never joins two wordings from unrelated articles
 *    quoted at disjoint places (two statements quoted as one: the merged quote joins the first
 *    family only) when both have 8+ words and only one article carries the container's family
 *    whole (two outlets quoting it as one make it one quote); shorter fragments of one quote all join it, and so
 *    do pieces one article quotes together (a quote split by its attribution: some article of
 *    the one holds a wording of the other's family).
 * 4. Overlaps: two excerpts sharing a run of words (verifyPair's `overlap`) join within one story;
 *    then one-word scare quotes, whose candidates are the quotes of their story (attachSingleWords).
 * 5. Paraphrase: an indirect claim left alone joins the direct quote of the same known speaker
 *    with which it shares most content words (at least `paraphraseMinShared` words and
 *    `paraphraseOverlap` of the claim's content words).
 * The constraints hold over every step: `mustLink` unions come first and unchecked; no union
 * joins the families of a `cannotLink` pair.
 */
export function clusterKeys(input: ClusterKeysInput): Int32Array {
  const { table, options } = input;
  const keys = table.keys;
  const incremental = input.incremental === true;
  const { content } = prepareMatchKeys(table, input.stories);
  const articleIds = table.articleIds;
  const story: StoryIndex = { same: (a, b) => input.stories.same(articleIds[a] ?? "", articleIds[b] ?? "") };
  const uf = new SpeakerUnionFind(keys, input.cannotLink ?? []);
  for (const [a, b] of input.mustLink ?? []) uf.union(a, b, false, false);
  for (const [a, b] of input.given ?? []) uf.union(a, b, false);
  uf.touched = input.touched ?? null;
  for (const [a, b] of input.forced ?? []) uf.union(a, b, true);

  const edges = findEdges(keys, options, incremental);
  const order = Array.from({ length: edges.full.length / 3 }, (_, i) => i);
  const f = edges.full;
  order.sort((x, y) => (f[x * 3 + 2] ?? 0) - (f[y * 3 + 2] ?? 0) || (f[x * 3] ?? 0) - (f[y * 3] ?? 0) || (f[x * 3 + 1] ?? 0) - (f[y * 3 + 1] ?? 0));
  // wordings with a named person and without one are compared last: an unnamed wording (no
  // speaker, a pronoun, a role) then joins the best-evidenced family it matches, the one with most
  // members, not whichever named family an edge order offers first
  const deferred: number[] = [];
  for (const e of order) {
    const a = f[e * 3] ?? 0;
    const b = f[e * 3 + 1] ?? 0;
    if ((keys[a]?.named === null) !== (keys[b]?.named === null)) deferred.push(e);
    else uf.union(a, b, true);
  }
  const namedSize = (e: number): number => {
    const a = f[e * 3] ?? 0;
    return uf.evidence(keys[a]?.named === null ? f[e * 3 + 1] ?? 0 : a);
  };
  const sizes = new Map(deferred.map((e) => [e, namedSize(e)]));
  // ties by the two keys (numbered in mention id order, as every run numbers them), not by the
  // order the backend found the pairs in: that order follows the run's bigram numbering, so it
  // changes with what else the run holds (an incremental run's scope) and a rebuild broke the tie
  // the other way (session 23: 3 families at 100k)
  deferred.sort((x, y) => (f[x * 3 + 2] ?? 0) - (f[y * 3 + 2] ?? 0) || (sizes.get(y) ?? 0) - (sizes.get(x) ?? 0)
    || (f[x * 3] ?? 0) - (f[y * 3] ?? 0) || (f[x * 3 + 1] ?? 0) - (f[y * 3 + 1] ?? 0));
  for (const e of deferred) uf.union(f[e * 3] ?? 0, f[e * 3 + 1] ?? 0, true);

  attachContained(keys, edges.contained, uf, incremental, story);
  attachOverlaps(keys, edges.overlap, uf, story);
  attachSingleWords(keys, options, uf, incremental, story);
  attachParaphrases(keys, content, options, uf, incremental);

  const roots = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) roots[i] = uf.find(i);
  return roots;
}

interface Edges {
  /** flattened (a, b, distance) triples, a < b */
  full: Int32Array;
  /** by shorter key: (long, distance, start, end) quadruples */
  contained: Map<number, number[]>;
  /** flattened (a, b, shared run length) triples, a < b */
  overlap: Int32Array;
}

/**
 * Every verified pair: the backend's own `verifyAll` when it has one, else its candidates of each
 * queried key, then its verification (findVerifiedPairs).
 */
function findEdges(keys: readonly MatchKey[], options: ResolvedMatchOptions, incremental: boolean): Edges {
  const matcher = options.matcher;
  const pairs = matcher.verifyAll !== undefined
    ? matcher.verifyAll(keys, options, incremental)
    : findVerifiedPairs(keys, matcher, matcher.index(keys, options, incremental), options, incremental, 0, keys.length);
  const contained = new Map<number, number[]>();
  const c = pairs.contained;
  for (let p = 0; p + 4 < c.length; p += 5) {
    const s = c[p] ?? 0;
    let list = contained.get(s);
    if (list === undefined) {
      list = [];
      contained.set(s, list);
    }
    list.push(c[p + 1] ?? 0, c[p + 2] ?? 0, c[p + 3] ?? 0, c[p + 4] ?? 0);
  }
  return { full: pairs.full, contained, overlap: pairs.overlap };
}

function attachContained(keys: readonly MatchKey[], contained: Map<number, number[]>, uf: SpeakerUnionFind, incremental: boolean, story: StoryIndex): void {
  // longer sub-spans first, so that a short teaser can join through a longer one
  const shorts = [...contained.keys()].sort((x, y) => (keys[y]?.words.length ?? 0) - (keys[x]?.words.length ?? 0) || x - y);
  /** container key -> attached (start, end, short key) */
  const attached = new Map<number, number[]>();
  const byArticle = new Map<number, number[]>();
  // each container's family evidence before any fragment attaches: the articles carrying its whole
  // wordings (and variants), the same in an incremental run (whose touched families are clustered
  // again from scratch) as in a rebuild, and not changed by the order fragments are taken in.
  // Articles, not distinct wordings: a quote four outlets carry verbatim is one wording, and must
  // outweigh another statement of the story quoted once that holds the same piece
  const familySize = new Map<number, number>();
  // and the articles of each container's family then (the same snapshot): a short piece's story
  // is met by the statement, not only by the one wording that holds it exactly
  const rootAtStart = new Map<number, number>();
  for (const list of contained.values()) {
    for (let p = 0; p < list.length; p += 4) {
      const l = list[p] ?? 0;
      if (!familySize.has(l)) familySize.set(l, uf.evidence(l));
      rootAtStart.set(l, uf.find(l));
    }
  }
  const familyArticles = new Map<number, Set<number>>();
  const containerRoots = new Set(rootAtStart.values());
  keys.forEach((k, i) => {
    const r = uf.find(i);
    if (!containerRoots.has(r)) return;
    let set = familyArticles.get(r);
    if (set === undefined) familyArticles.set(r, (set = new Set()));
    for (const a of k.articles) set.add(a);
  });
  const inStory = (ks: MatchKey, l: number): boolean => {
    if (sameStory(ks, keys[l], story)) return true;
    const articles = familyArticles.get(rootAtStart.get(l) ?? -1);
    if (articles === undefined) return false;
    for (const x of ks.articles) for (const y of articles) if (story.same(x, y)) return true;
    return false;
  };
  for (const s of shorts) {
    const ks = keys[s];
    const list = contained.get(s);
    if (ks === undefined || list === undefined) continue;
    if (incremental && !ks.fresh && uf.size(s) > 1) {
      // a new wording that could contain it meets its family: the incremental run clusters that
      // family again from scratch (matchIncremental), where it takes its best container as in a rebuild
      const met = uf.touched;
      for (let p = 0; met !== null && p < list.length; p += 4) {
        const l = list[p] ?? 0;
        if (keys[l]?.fresh === true && (ks.words.length >= STORY_FRAGMENT_WORDS || inStory(ks, l))) met[s] = 1;
      }
      continue;
    }
    // containers by fewest edits, then the best-evidenced family (most articles carrying its whole
    // wordings before fragments attach), then the tightest, then text order
    const order: number[] = [];
    for (let p = 0; p < list.length; p += 4) {
      if (ks.words.length >= STORY_FRAGMENT_WORDS || inStory(ks, list[p] ?? 0)) order.push(p);
    }
    const size = new Map(order.map((p) => [p, familySize.get(list[p] ?? 0) ?? 0]));
    order.sort((p, q) => (list[p + 1] ?? 0) - (list[q + 1] ?? 0) || (size.get(q) ?? 0) - (size.get(p) ?? 0)
      || (keys[list[p] ?? 0]?.words.length ?? 0) - (keys[list[q] ?? 0]?.words.length ?? 0)
      || compareText(keys[list[p] ?? 0]?.text ?? "", keys[list[q] ?? 0]?.text ?? ""));
    for (const best of order) {
      const l = list[best] ?? 0;
      // no chaining: a family that already holds a quote as long as the container is not a fragment's
      if (uf.longest(s) >= (keys[l]?.words.length ?? 0)) break;
      const start = list[best + 2] ?? 0;
      const end = list[best + 3] ?? 0;
      const previous = attached.get(l) ?? [];
      let clash = false;
      for (let p = 0; p < previous.length; p += 3) {
        const other = previous[p + 2] ?? 0;
        const disjoint = end <= (previous[p] ?? 0) || start >= (previous[p + 1] ?? 0);
        // only whole statements clash; short fragments of one quote all join it, and so do the
        // pieces of a quote that two or more articles carry whole (a passage outlets quote as
        // one is one quote, not two statements fused by one outlet's quote)
        const statements = ks.words.length >= STORY_FRAGMENT_WORDS && (keys[other]?.words.length ?? 0) >= STORY_FRAGMENT_WORDS && (familyArticles.get(rootAtStart.get(l) ?? -1)?.size ?? 0) < 2;
        if (statements && disjoint && uf.find(other) !== uf.find(s) && !quotedTogether(s, other, keys, uf, byArticle)) clash = true;
      }
      if (clash) break;
      if (uf.union(s, l, true)) {
        previous.push(start, end, s);
        attached.set(l, previous);
        break;
      }
      // the speaker rule (two named persons) or a cannotLink keeps it out of that family: the next container
    }
  }
}

/**
 * One-word scare quotes ("ridiculous") have no bigram, so their candidates come from their story:
 * the quotes of 2+ words that hold the word in an article of the same story within `storyDays`
 * of it (a story chained over months through a common family name is not one occasion), verified
 * by the backend (verifyPair: a content word, a speaker that agrees). Each joins the candidate
 * wording most articles carry (then the longest, then text order).
 */
function attachSingleWords(keys: readonly MatchKey[], options: ResolvedMatchOptions, uf: SpeakerUnionFind, incremental: boolean, story: StoryIndex): void {
  /** word -> the one-word keys of that word */
  const wanted = new Map<number, number[]>();
  keys.forEach((k, i) => {
    const w = k.words[0];
    if (k.words.length !== 1 || w === undefined || k.person === null || k.content < 1) return;
    const list = wanted.get(w);
    if (list === undefined) wanted.set(w, [i]);
    else list.push(i);
  });
  if (wanted.size === 0) return;
  // the words wanted, by word id: a million keys' words are read, few are wanted
  let top = 0;
  for (const w of wanted.keys()) if (w > top) top = w;
  const isWanted = new Uint8Array(top + 1);
  for (const w of wanted.keys()) isWanted[w] = 1;
  const best = new Map<number, number>();
  // the wording most articles carry, then the longest, then text order: properties of the wordings,
  // not of the families so far (an incremental run holds the old families whole, paraphrases and
  // other scare quotes included, where a rebuild has not attached them yet)
  const rank = (j: number): [number, number] => [keys[j]?.articles.length ?? 0, keys[j]?.words.length ?? 0];
  // each word's dated scare quotes by day, so that a wording reads only those within the story
  // window of its dates (isWithinWindow: a one-word key is one mention, of one day), and its
  // others (undated, or of several days: read always); the best candidate is the same whatever
  // order they are read in
  const byDay = new Map<number, { undated: number[]; dated: Int32Array; days: Float64Array }>();
  for (const [w, singles] of wanted) {
    const oneDay = (s: number): boolean => keys[s]?.undated === false && keys[s]?.minDay === keys[s]?.maxDay;
    const undated = singles.filter((s) => !oneDay(s));
    const dated = Int32Array.from(singles.filter(oneDay)).sort((x, y) => (keys[x]?.minDay ?? 0) - (keys[y]?.minDay ?? 0) || x - y);
    byDay.set(w, { undated, dated, days: Float64Array.from(dated, (s) => keys[s]?.minDay ?? 0) });
  }
  const within: number[] = [];
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    if (k === undefined || k.words.length < 2 || k.person === null || k.indirect) continue;
    for (let p = 0; p < k.words.length; p++) {
      const w = k.words[p] ?? 0;
      if (isWanted[w] !== 1) continue;
      const singles = byDay.get(w);
      if (singles === undefined || k.words.indexOf(w) !== p) continue;
      within.length = 0;
      for (const s of singles.undated) within.push(s);
      if (k.undated) for (const s of singles.dated) within.push(s);
      else {
        const { dated, days } = singles;
        let lo = 0;
        let hi = days.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((days[mid] ?? 0) < k.minDay - options.storyDays) lo = mid + 1;
          else hi = mid;
        }
        for (let q = lo; q < days.length && (days[q] ?? 0) <= k.maxDay + options.storyDays; q++) within.push(dated[q] ?? 0);
      }
      for (const s of within) {
        const ks = keys[s];
        if (ks === undefined || !isWithinWindow(ks, k, options.storyDays) || !sameStory(ks, k, story)) continue;
        // only a candidate that would rank above the best so far is worth verifying
        const current = best.get(s);
        if (current !== undefined) {
          const [sj, lj] = rank(j);
          const [sc, lc] = rank(current);
          if (!(sj > sc || (sj === sc && (lj > lc || (lj === lc && k.text < (keys[current]?.text ?? "")))))) continue;
        }
        if (options.matcher.verify(ks, k, options) !== null) best.set(s, j);
      }
    }
  }
  for (const [s, j] of [...best].sort((x, y) => x[0] - y[0])) {
    // an old scare quote already in a family stays unless a new wording is now its best candidate
    // (then the union marks its family met, and the incremental run clusters it again)
    if (incremental && !keys[s]?.fresh && !keys[j]?.fresh && uf.size(s) > 1) continue;
    uf.union(s, j, true);
  }
}

/**
 * Overlapping excerpts of one remark join when their articles are in one story, longest shared
 * run first (then key order), under the speaker rule.
 */
function attachOverlaps(keys: readonly MatchKey[], overlap: Int32Array, uf: SpeakerUnionFind, story: StoryIndex): void {
  const order = Array.from({ length: overlap.length / 3 }, (_, i) => i);
  order.sort((x, y) => (overlap[y * 3 + 2] ?? 0) - (overlap[x * 3 + 2] ?? 0) || (overlap[x * 3] ?? 0) - (overlap[y * 3] ?? 0) || (overlap[x * 3 + 1] ?? 0) - (overlap[y * 3 + 1] ?? 0));
  for (const e of order) {
    const a = overlap[e * 3] ?? 0;
    const b = overlap[e * 3 + 1] ?? 0;
    const ka = keys[a];
    if (ka !== undefined && sameStory(ka, keys[b], story)) uf.union(a, b, true);
  }
}

/** stories over the key table's article indices */
interface StoryIndex {
  same(a: number, b: number): boolean;
}

/**
 * A piece this short must come from the container's story; a longer one (found with at most one
 * or two word edits, see verifyPair) is evidence by itself, like an identical quote, within the
 * date window.
 */
const STORY_FRAGMENT_WORDS = 8;

/** some article of `a` and some article of `b` are in one story */
function sameStory(a: MatchKey, b: MatchKey | undefined, story: StoryIndex): boolean {
  if (b === undefined) return false;
  for (const x of a.articles) for (const y of b.articles) if (story.same(x, y)) return true;
  return false;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Some article of key `s` also quotes a wording of `other`'s family: the two pieces are one quote
 * split by its attribution in that article ("A," he said, "B."), not two statements fused by a
 * container. `byArticle` lists each article's keys (built on first use).
 */
function quotedTogether(s: number, other: number, keys: readonly MatchKey[], uf: SpeakerUnionFind, byArticle: Map<number, number[]>): boolean {
  if (byArticle.size === 0) {
    keys.forEach((k, i) => {
      for (const a of k.articles) {
        const list = byArticle.get(a);
        if (list === undefined) byArticle.set(a, [i]);
        else list.push(i);
      }
    });
  }
  const root = uf.find(other);
  for (const a of keys[s]?.articles ?? []) for (const k of byArticle.get(a) ?? []) if (k !== s && uf.find(k) === root) return true;
  return false;
}

function attachParaphrases(keys: readonly MatchKey[], content: Uint8Array, options: ResolvedMatchOptions, uf: SpeakerUnionFind, incremental: boolean): void {
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
      if (!isWithinWindow(kc, kd, options.windowDays)) continue;
      if (count > bestShared || (count === bestShared && (kd.text < (keys[best]?.text ?? "")))) {
        best = d;
        bestShared = count;
      }
    }
    if (best >= 0) uf.union(c, best, true);
  }
}

/**
 * Union-find whose sets never hold two confidently named, different persons nor both sides of a
 * cannotLink pair; each set knows its longest wording.
 */
class SpeakerUnionFind {
  private readonly parent: Int32Array;
  /** root -> the distinct persons its set names (null: none) */
  private readonly persons: (PersonName[] | null)[];
  private readonly sizes: Int32Array;
  /** root -> the articles carrying its set's wordings (summed over its keys) */
  private readonly weights: Int32Array;
  private readonly longestWords: Int32Array;
  /** root -> keys its set must never join (null: no cannotLink in this run) */
  private readonly cannot: Map<number, number[]> | null;
  private readonly fresh: Uint8Array;
  /** see ClusterKeysInput.touched (null: not recorded) */
  touched: Uint8Array | null = null;

  constructor(keys: readonly MatchKey[], cannotLink: readonly (readonly [number, number])[]) {
    this.parent = new Int32Array(keys.length);
    this.persons = new Array<PersonName[] | null>(keys.length).fill(null);
    this.sizes = new Int32Array(keys.length).fill(1);
    this.weights = Int32Array.from(keys, (k) => k.articles.length);
    this.longestWords = new Int32Array(keys.length);
    keys.forEach((k, i) => {
      this.parent[i] = i;
      if (k.named !== null) this.persons[i] = [k.named];
      this.longestWords[i] = k.words.length;
    });
    this.fresh = Uint8Array.from(keys, (k) => (k.fresh ? 1 : 0));
    this.cannot = cannotLink.length === 0 ? null : new Map();
    for (const [a, b] of cannotLink) {
      if (a === b) continue;
      this.cannotOf(a).push(b);
      this.cannotOf(b).push(a);
    }
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

  /** the articles carrying the wordings of x's set (a key's articles, summed over its keys) */
  evidence(x: number): number {
    return this.weights[this.find(x)] ?? 0;
  }

  /** the word count of the longest wording in x's set */
  longest(x: number): number {
    return this.longestWords[this.find(x)] ?? 0;
  }

  /**
   * false when the sets name two different persons (and `checkSpeaker`) or hold a cannotLink pair
   * (and `checkCannot`)
   */
  union(a: number, b: number, checkSpeaker: boolean, checkCannot = true): boolean {
    const touched = this.touched;
    if (touched !== null && this.fresh[a] !== this.fresh[b]) touched[this.fresh[a] === 1 ? b : a] = 1;
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const pa = this.persons[ra] ?? null;
    const pb = this.persons[rb] ?? null;
    if (checkSpeaker && pa !== null && pb !== null && pa.some((x) => pb.some((y) => areDifferentPersons(x, y)))) return false;
    if (this.cannot !== null && checkCannot && this.forbids(ra, rb)) return false;
    // the smaller index stays the root: deterministic whatever the union order
    if (rb < ra) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.sizes[ra] = (this.sizes[ra] ?? 0) + (this.sizes[rb] ?? 0);
    this.weights[ra] = (this.weights[ra] ?? 0) + (this.weights[rb] ?? 0);
    this.longestWords[ra] = Math.max(this.longestWords[ra] ?? 0, this.longestWords[rb] ?? 0);
    this.persons[ra] = mergePersons(pa, pb);
    this.persons[rb] = null;
    if (this.cannot !== null) {
      const moved = this.cannot.get(rb);
      if (moved !== undefined) {
        this.cannotOf(ra).push(...moved);
        this.cannot.delete(rb);
      }
    }
    return true;
  }

  /** some key of one set must never join the other set */
  private forbids(ra: number, rb: number): boolean {
    const la = this.cannot?.get(ra) ?? [];
    const lb = this.cannot?.get(rb) ?? [];
    const [list, other] = la.length <= lb.length ? [la, rb] : [lb, ra];
    for (const k of list) if (this.find(k) === other) return true;
    return false;
  }

  private cannotOf(root: number): number[] {
    let list = this.cannot?.get(root);
    if (list === undefined) {
      list = [];
      this.cannot?.set(root, list);
    }
    return list;
  }
}

/** the distinct persons of two sets */
function mergePersons(a: PersonName[] | null, b: PersonName[] | null): PersonName[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const out = [...a];
  for (const p of b) if (!out.some((q) => q.family === p.family && q.given === p.given)) out.push(p);
  return out;
}
