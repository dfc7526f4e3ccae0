import { toMatchableMentions } from "../match/to-matchable-mentions.ts";
import { matchMentions } from "../match/match-mentions.ts";
import { matchIncremental } from "../match/match-incremental.ts";
import { traceProvenance } from "../provenance/trace-provenance.ts";
import { nameOutlet } from "../provenance/name-outlet.ts";
import type { Store } from "../store/open-store.ts";

export interface UpdateMatchesOptions {
  /** recompute every family from scratch (the deterministic reference) */
  rebuild: boolean;
  /**
   * skip the match when, once this process's turn comes, none is owed: another worker's match
   * already took in everything stored (many workers; see run-worker.ts)
   */
  onlyIfOwed?: boolean;
}

export interface UpdateMatchesResult {
  families: number;
  mentions: number;
  multiOutletFamilies: number;
  /** true when `onlyIfOwed` found nothing to match (the counts are then zero) */
  skipped?: boolean;
}

/**
 * Matches stored mentions into families and traces their provenance. Incremental by default:
 * mentions not yet in any family are matched against the existing families without
 * re-clustering the corpus, unless they cannot be patched (see decideMatchRun); `rebuild`
 * recomputes everything.
 */
export async function updateMatches(store: Store, options: UpdateMatchesOptions): Promise<UpdateMatchesResult> {
  // one match at a time per database; recorded as done only once saved (issue 9 #4, #5)
  return store.runMatch(async () => options.onlyIfOwed && !(await store.matchPending())
    ? { families: 0, mentions: 0, multiOutletFamilies: 0, skipped: true }
    : matchAndSave(store, options));
}

async function matchAndSave(store: Store, options: UpdateMatchesOptions): Promise<UpdateMatchesResult> {
  const corpus = await store.loadCorpus();
  const mentions = toMatchableMentions(corpus);
  const previous = options.rebuild ? null : await store.loadMatch();
  // the rules for patching versus rebuilding live in decideMatchRun (inside matchIncremental)
  const result = previous === null ? matchMentions(mentions) : matchIncremental(previous.result, mentions);
  const provenance = traceProvenance(corpus, result);
  await store.saveMatch(result, provenance);
  const outletsOf = new Map(corpus.mentions.map((m) => [m.id, m.articleId]));
  // the same outlet naming as the reports' spread (outlet, else the URL's host, else the file)
  const outletByArticle = new Map(corpus.articles.map((a) => [a.id, nameOutlet(a)]));
  const multiOutletFamilies = result.families.filter((f) => {
    const outlets = new Set(f.members.map((m) => outletByArticle.get(outletsOf.get(m.mentionId) ?? "") ?? ""));
    return outlets.size > 1;
  }).length;
  return { families: result.families.length, mentions: mentions.length, multiOutletFamilies };
}
