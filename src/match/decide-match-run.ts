import type { MatchableMention, MatchResult } from "../model/family.ts";
import type { MatchConstraints } from "./matcher.ts";
import { unifySpeakerNames } from "./unify-speaker-names.ts";

/** What a match run does: recompute everything, keep the previous result, or add the new mentions. */
export type MatchRun =
  | { kind: "rebuild"; reason: string }
  | { kind: "keep" }
  | {
    kind: "incremental";
    /** mentions in no previous family, ascending ids */
    fresh: string[];
    /** every mention by id, speakers unified over the corpus (unifySpeakerNames) */
    byId: ReadonlyMap<string, MatchableMention>;
  };

/**
 * The one rebuild policy. Incremental matching patches the previous families; it rebuilds
 * (matchMentions, the reference) when they cannot be patched:
 * - there is no previous result;
 * - a previous member is no longer in the corpus (its article was replaced);
 * - a constraint contradicts the previous families (a cannotLink pair in one family, a mustLink
 *   pair in two);
 * - the corpus-level speaker names changed for a previous member (a fuller name arrived and a
 *   bare surname now resolves to it, or a second fuller name made it ambiguous): families keyed
 *   on the old names cannot be patched.
 * Otherwise it keeps the previous result when no mention is new, else adds the new ones.
 */
export function decideMatchRun(previous: MatchResult | null, mentions: readonly MatchableMention[], constraints: MatchConstraints = {}): MatchRun {
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
  const byId = new Map(unifySpeakerNames(mentions).map((m) => [m.id, m]));
  for (const f of previous.families) {
    for (const member of f.members) {
      const speaker = byId.get(member.mentionId)?.speaker ?? null;
      if (speaker !== null && speaker !== f.speaker) return { kind: "rebuild", reason: "a speaker's corpus-level name changed" };
    }
  }
  return { kind: "incremental", fresh, byId };
}
