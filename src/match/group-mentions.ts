import type { MatchableMention } from "../model/family.ts";
import { clusterEntries } from "./cluster-entries.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { prepareMentionStories, type MentionStories } from "./prepare-mention-stories.ts";
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
 * `given`: match words already read (see toInternedMatchWords; `givenInterned`: one string per
 * word already); `prepared`: prepareMentionStories of these mentions and options, already done.
 */
export function groupMentions(mentions: readonly MatchableMention[], resolved: ResolvedMatchOptions, given?: ReadonlyMap<string, MatchWords>, prepared?: MentionStories, givenInterned = false): MentionGroups {
  // names resolved within their story ("Li" -> "Li Shangfu" when the story names one such person)
  const { stories, sorted } = prepared ?? prepareMentionStories(mentions, resolved);
  const words = toInternedMatchWords(mentions, given, givenInterned);
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
