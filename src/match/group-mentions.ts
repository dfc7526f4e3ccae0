import type { MatchableMention } from "../model/family.ts";
import { clusterEntries } from "./cluster-entries.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { resolveStorySpeakers } from "./resolve-story-speakers.ts";
import { findStories } from "./find-stories.ts";
import { toInternedMatchWords } from "./to-interned-match-words.ts";
import type { MatchWords } from "./to-match-words.ts";

export interface MentionGroups {
  /** the members of each family, in mention id order, the families in order of their first member */
  groups: MatchableMention[][];
  /** each mention's match words, by mention id (interned) */
  words: Map<string, MatchWords>;
}

/**
 * The clustering half of matchMentions: which mentions form one family (see matchMentions), before
 * the families are built (buildFamily). Members carry their speaker as resolved within their story.
 * `given`: match words already read (see toInternedMatchWords).
 */
export function groupMentions(mentions: readonly MatchableMention[], resolved: ResolvedMatchOptions, given?: ReadonlyMap<string, MatchWords>): MentionGroups {
  const words = toInternedMatchWords(mentions, given);
  // names resolved within their story ("Li" -> "Li Shangfu" when the story names one such person)
  const stories = findStories(resolved.storyMentions ?? mentions, resolved.storyDays);
  const { resolved: storyNames } = resolveStorySpeakers(mentions, stories);
  const named = storyNames.size === 0 ? mentions : mentions.map((m) => {
    const speaker = storyNames.get(m.id);
    return speaker === undefined ? m : { ...m, speaker };
  });
  const sorted = [...named].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const roots = clusterEntries(sorted.map((m) => ({ mention: m, words: words.get(m.id)?.words ?? [], speaker: m.speaker, fresh: true })), resolved, { stories });
  const byRoot = new Map<number, MatchableMention[]>();
  sorted.forEach((m, i) => {
    const root = roots[i] ?? 0;
    const group = byRoot.get(root);
    if (group === undefined) byRoot.set(root, [m]);
    else group.push(m);
  });
  return { groups: [...byRoot.values()], words };
}
