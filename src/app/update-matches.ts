import { toMatchableMentions } from "../match/to-matchable-mentions.ts";
import { shapeWording } from "../match/shape-wording.ts";
import { countLeastSharedGrams } from "../match/count-least-shared-grams.ts";
import { matchMentions } from "../match/match-mentions.ts";
import { matchIncremental } from "../match/match-incremental.ts";
import { findRenamedMentions } from "../match/find-renamed-mentions.ts";
import { toMatchWords } from "../match/to-match-words.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "../match/resolve-match-options.ts";
import { matchMentionsInParallel } from "./match-mentions-in-parallel.ts";
import { withMatchThreads } from "./with-match-threads.ts";
import type { ParallelMatcherOptions } from "./create-parallel-matcher.ts";
import { traceProvenance } from "../provenance/trace-provenance.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import type { Corpus } from "../model/corpus.ts";
import type { MatchableMention, MatchResult } from "../model/family.ts";
import type { Store } from "../store/open-store.ts";
import type { LoadMatchScopeOptions, MatchScope } from "../store/load-match-scope.ts";

export interface UpdateMatchesOptions {
  /** recompute every family from scratch (the deterministic reference) */
  rebuild: boolean;
  /**
   * skip the match when, once this process's turn comes, none is owed: another worker's match
   * already took in everything stored (many workers; see run-worker.ts)
   */
  onlyIfOwed?: boolean;
  /**
   * Where an incremental match reads: "index" (default) loads only what the new mentions touch,
   * through the database's candidate index; "corpus" loads the whole corpus and every family (the
   * path before the index; used when the index is not complete).
   */
  scope?: "index" | "corpus";
  /**
   * From this many mentions matched in one run (a rebuild's corpus; an incremental match's new
   * mentions, the only ones whose candidates it searches) the match runs on two threads
   * (matchMentionsInParallel; the incremental match with the candidate search shared out,
   * createParallelMatcher): the same families. Default 20,000. Until session 23 an incremental
   * match counted its whole scope: 1,000 new articles at 100k (3,987 new mentions in a scope of
   * 51,839) took 24 CPU s on threads against 9 on one.
   */
  parallelFrom?: number;
  /** how a match on threads shares out its candidate search (tests: small chunks, no minimum) */
  parallelSearch?: ParallelMatcherOptions;
}

export interface UpdateMatchesResult {
  families: number;
  mentions: number;
  multiOutletFamilies: number;
  /** true when `onlyIfOwed` found nothing to match (the counts are then zero) */
  skipped?: boolean;
  /** incremental through the index: the mentions matched and the stored families loaded for them */
  scoped?: { fresh: number; mentions: number; families: number; phases: PhaseTimes; sizes: Record<string, number> };
}

/**
 * Where an incremental match through the index spent its time, by phase (summed over its scope
 * rounds): wall and this process's CPU milliseconds (all threads), plus the scope's own steps
 * (MatchScope.steps: wall milliseconds of each query, mostly the server's time).
 */
export interface PhaseTimes {
  [phase: string]: { wallMs: number; cpuMs: number };
}

/** see UpdateMatchesOptions.parallelFrom */
const PARALLEL_FROM = 20_000;
/** threads a big match runs on: the machine the project is measured on has two cores */
const MATCH_THREADS = 2;

/** A mention key carried by more stored mentions than this many times maxPostings finds no candidates. */
const KEY_MENTIONS_PER_POSTING = 4;
/** collision rounds before giving up on the index (each adds the colliding stored families) */
const MAX_SCOPE_ROUNDS = 4;

/**
 * Matches stored mentions into families and traces their provenance. Incremental by default:
 * mentions waiting for a match join the families found through the candidate index (see
 * Store.loadMatchScope: only the mentions and families they touch are loaded, and only those
 * families are recomputed and saved), under the same rules as matchIncremental on the whole
 * corpus (see decideMatchRun for when a scope is rebuilt instead of patched); `rebuild`
 * recomputes everything from the whole corpus.
 */
export async function updateMatches(store: Store, options: UpdateMatchesOptions): Promise<UpdateMatchesResult> {
  // one match at a time per database; recorded as done only once saved (issue 9 #4, #5)
  return store.runMatch(async () => {
    if (options.onlyIfOwed && !(await store.matchPending())) {
      return { families: 0, mentions: 0, multiOutletFamilies: 0, skipped: true };
    }
    if (!options.rebuild && options.scope !== "corpus") {
      const scoped = await matchScope(store, options);
      if (scoped !== null) return scoped;
    }
    const result = await matchCorpus(store, options);
    await store.completeCandidateIndex();
    return result;
  });
}

/** The incremental match through the candidate index; null when the index cannot serve it. */
async function matchScope(store: Store, options: UpdateMatchesOptions): Promise<UpdateMatchesResult | null> {
  const matchOptions = resolveMatchOptions();
  const phases: PhaseTimes = {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const lap = (phase: string): void => {
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    const p = phases[phase] ?? (phases[phase] = { wallMs: 0, cpuMs: 0 });
    p.wallMs += Math.round(now - wall);
    p.cpuMs += Math.round((used.user + used.system) / 1000);
    wall = now;
    cpu = process.cpuUsage();
  };
  const scopeOptions: LoadMatchScopeOptions = {
    maxKeyMentions: KEY_MENTIONS_PER_POSTING * matchOptions.maxPostings, minSharedSpeakerWords: matchOptions.paraphraseMinShared,
    storyDays: matchOptions.storyDays,
    gramBound: { shape: shapeWording, least: (fresh, stored) => countLeastSharedGrams(fresh, stored, matchOptions) },
    findRenamed: (candidates, storyMentions, freshArticles) => findRenamedMentions(candidates, storyMentions, freshArticles, matchOptions.storyDays),
    matchWords: (text) => toMatchWords(text).words,
  };
  const load = async (only?: readonly string[]): Promise<MatchScope | null> => {
    const loaded = await store.loadMatchScope(only === undefined ? scopeOptions : { ...scopeOptions, onlyFamilies: only });
    lap("load scope");
    for (const [step, ms] of Object.entries(loaded?.steps ?? {})) {
      const p = phases[`  scope: ${step}`] ?? (phases[`  scope: ${step}`] = { wallMs: 0, cpuMs: 0 });
      p.wallMs += Math.round(ms);
    }
    return loaded;
  };
  let scope = await load();
  if (scope === null) return null;
  const firstSizes = scope.sizes;
  for (let round = 1; scope.fresh > 0; round++) {
    // stories read from the scope's articles and their neighbours (the same as a rebuild's)
    const result = await matchOnThreads(toMatchableMentions(scope.corpus), scope.previous, { storyMentions: scope.storyMentions }, options);
    lap("match");
    // a stored family outside the scope whose id depends on one inside (a new family could collide
    // with it, or a collision that renamed it may be gone): take it in too (only it: the rest of
    // the scope is loaded already), and match again
    const colliding = await store.findCollidingFamilies([...result.families, ...scope.previous.families], scope.replaces);
    lap("colliding families");
    if (colliding.length > 0) {
      if (round === MAX_SCOPE_ROUNDS) return null;
      const more = await load(colliding);
      if (more === null) return null;
      scope = mergeScopes(scope, more);
      continue;
    }
    const provenance = traceProvenance(scope.corpus, result, { corpusOutlets: scope.outlets });
    lap("provenance");
    await store.saveMatch(result, provenance, { replaces: scope.replaces, outletCounts: countOutlets(scope.corpus, result) });
    lap("save");
    break;
  }
  const totals = await store.summary();
  const multiOutletFamilies = await store.countMultiOutletFamilies();
  lap("summary");
  return {
    families: totals.families, mentions: totals.mentions, multiOutletFamilies,
    scoped: { fresh: scope.fresh, mentions: scope.corpus.mentions.length, families: scope.previous.families.length, phases, sizes: firstSizes },
  };
}

/** A scope with the families (members, articles, story rows, provenance) of another added, in the order the store loads them. */
function mergeScopes(scope: MatchScope, more: MatchScope): MatchScope {
  const known = new Set(scope.replaces);
  const added = more.previous.families.filter((f) => !known.has(f.id));
  const addedIds = new Set(added.map((f) => f.id));
  const mentionIds = new Set(scope.corpus.mentions.map((m) => m.id));
  const articleIds = new Set(scope.corpus.articles.map((a) => a.id));
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const mentions = [...scope.corpus.mentions, ...more.corpus.mentions.filter((m) => !mentionIds.has(m.id))];
  mentions.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start || a.end - b.end || byId(a, b)));
  const families = [...scope.previous.families, ...added].sort(byId);
  return {
    ...scope,
    corpus: { articles: [...scope.corpus.articles, ...more.corpus.articles.filter((a) => !articleIds.has(a.id))].sort(byId), mentions },
    previous: { families },
    provenance: [...scope.provenance, ...more.provenance.filter((p) => addedIds.has(p.familyId))],
    replaces: families.map((f) => f.id),
    storyMentions: [...scope.storyMentions, ...more.storyMentions],
  };
}

/** The match over the whole corpus: a rebuild, or the incremental match with every family loaded. */
async function matchCorpus(store: Store, options: UpdateMatchesOptions): Promise<UpdateMatchesResult> {
  const corpus = await store.loadCorpus();
  const mentions = toMatchableMentions(corpus);
  const previous = options.rebuild ? null : await store.loadMatch();
  // the rules for patching versus rebuilding live in decideMatchRun (inside matchIncremental)
  const result = await matchOnThreads(mentions, previous?.result ?? null, {}, options);
  const provenance = traceProvenance(corpus, result);
  const outletCounts = countOutlets(corpus, result);
  await store.saveMatch(result, provenance, { outletCounts });
  const multiOutletFamilies = [...outletCounts.values()].filter((n) => n > 1).length;
  return { families: result.families.length, mentions: mentions.length, multiOutletFamilies };
}

/**
 * matchMentions (no previous families) or matchIncremental, on MATCH_THREADS threads from
 * `run.parallelFrom` mentions searched (see UpdateMatchesOptions.parallelFrom): the same result
 * either way (tests/app/update-matches.test.ts).
 */
async function matchOnThreads(mentions: readonly MatchableMention[], previous: MatchResult | null, options: MatchMentionsOptions, run: UpdateMatchesOptions): Promise<MatchResult> {
  const searched = previous === null ? mentions.length : mentions.length - previous.families.reduce((n, f) => n + f.members.length, 0);
  if (searched < (run.parallelFrom ?? PARALLEL_FROM)) return previous === null ? matchMentions(mentions, options) : matchIncremental(previous, mentions, options);
  const search = run.parallelSearch ?? {};
  if (previous === null) return matchMentionsInParallel(mentions, { ...options, threads: MATCH_THREADS, search });
  return withMatchThreads(MATCH_THREADS, (matcher) => matchIncremental(previous, mentions, { ...options, matcher }), search);
}

/** Each family's number of distinct outlets, named as the reports' spread names them (outlet, else the URL's host, else the file). */
function countOutlets(corpus: Corpus, result: MatchResult): Map<string, number> {
  const articleOf = new Map(corpus.mentions.map((m) => [m.id, m.articleId]));
  const outletByArticle = new Map(corpus.articles.map((a) => [a.id, nameOutlet(a)]));
  return new Map(result.families.map((f) => [f.id, new Set(f.members.map((m) => outletByArticle.get(articleOf.get(m.mentionId) ?? "") ?? "")).size]));
}
