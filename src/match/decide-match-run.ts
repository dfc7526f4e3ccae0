import type { MatchableMention, MatchResult } from "../model/family.ts";
import { resolveStorySpeakers } from "./resolve-story-speakers.ts";
import { findChangedSpeakers } from "./find-changed-speakers.ts";
import { findStories, type Stories } from "./find-stories.ts";
import type { MatchConstraints } from "./matcher.ts";
import { resolveMatchOptions, type ResolvedMatchOptions } from "./resolve-match-options.ts";

/** What a match run does: recompute everything, keep the previous result, or add the new mentions. */
export type MatchRun =
  | { kind: "rebuild"; reason: string }
  | { kind: "keep" }
  | {
    kind: "incremental";
    /** mentions in no previous family, ascending ids */
    fresh: string[];
    /** every mention by id, its speaker resolved within its story (resolveStorySpeakers) */
    byId: ReadonlyMap<string, MatchableMention>;
    /** the stories of all the mentions (findStories over `storyMentions`, else the mentions) */
    stories: Stories;
    /**
     * previous members whose bare name resolves differently within its story now (or is confirmed
     * now and was not before, or the other way round), ascending ids: their families are clustered
     * again from scratch with the new mentions
     */
    renamed: string[];
  };

/**
 * The one rebuild policy. Incremental matching patches the previous families; it rebuilds
 * (matchMentions, the reference) when they cannot be patched:
 * - there is no previous result;
 * - a previous member is no longer in the corpus (its article was replaced);
 * - a constraint contradicts the previous families (a cannotLink pair in one family, a mustLink
 *   pair in two).
 * Otherwise it keeps the previous result when no mention is new, else adds the new ones. A
 * previous member whose bare name resolves differently within its story now, or is confirmed now
 * and was not before, or the other way round (a new article names the person in full, or joins two
 * stories) is `renamed`: its family is clustered again from scratch under the new names, like a
 * family a new mention meets (until session 23 this rebuilt every family of the run: at 100k
 * mentions an hourly ingest re-matched its whole scope of 72k mentions for two bare names).
 */
export function decideMatchRun(
  previous: MatchResult | null, mentions: readonly MatchableMention[], constraints: MatchConstraints = {}, options: ResolvedMatchOptions = resolveMatchOptions(),
): MatchRun {
  if (previous === null || previous.families.length === 0) return { kind: "rebuild", reason: "no previous match" };
  const familyOf = new Map<string, number>();
  previous.families.forEach((f, k) => {
    for (const m of f.members) familyOf.set(m.mentionId, k);
  });
  const current = new Set(mentions.map((m) => m.id));
  for (const id of familyOf.keys()) if (!current.has(id)) return { kind: "rebuild", reason: "a matched quote left the corpus" };
  const sameFamily = ([a, b]: readonly [string, string]) => familyOf.has(a) && familyOf.get(a) === familyOf.get(b);
  const apart = ([a, b]: readonly [string, string]) => familyOf.has(a) && familyOf.has(b) && familyOf.get(a) !== familyOf.get(b);
  if ((constraints.cannotLink ?? []).some(sameFamily) || (constraints.mustLink ?? []).some(apart)) {
    return { kind: "rebuild", reason: "a constraint contradicts the stored families" };
  }
  const fresh = [...new Set(mentions.filter((m) => !familyOf.has(m.id)).map((m) => m.id))].sort();
  if (fresh.length === 0) return { kind: "keep" };
  // the stories the previous run saw: without the articles of the new mentions
  const freshArticles = new Set(mentions.filter((m) => !familyOf.has(m.id)).map((m) => m.articleId));
  const storyMentions = options.storyMentions ?? mentions;
  const stories = findStories(storyMentions, options.storyDays);
  const before = resolveStorySpeakers(mentions.filter((m) => familyOf.has(m.id)), findStories(storyMentions.filter((m) => !freshArticles.has(m.articleId)), options.storyDays));
  const after = resolveStorySpeakers(mentions, stories);
  const renamed = findChangedSpeakers(familyOf.keys(), before, after);
  const byId = new Map(mentions.map((m) => {
    const speaker = after.resolved.get(m.id);
    return [m.id, speaker === undefined ? m : { ...m, speaker }];
  }));
  return { kind: "incremental", fresh, byId, stories, renamed: renamed.sort() };
}
