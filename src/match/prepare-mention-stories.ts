import type { MatchableMention } from "../model/family.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { resolveStorySpeakers } from "./resolve-story-speakers.ts";
import { findStories, type Stories } from "./find-stories.ts";
import { sortById } from "./sort-by-id.ts";

/** The mention side of the matcher's preparation (prepareMentionStories). */
export interface MentionStories {
  /** the stories of the mentions' articles (findStories over `storyMentions`, else the mentions) */
  stories: Stories;
  /** the mentions in id order, each with its speaker as resolved within its story (a copy when it changed) */
  sorted: MatchableMention[];
  /** ids of the mentions whose bare name its story never names in full (resolveStorySpeakers) */
  unconfirmed: ReadonlySet<string>;
}

/**
 * What matching reads of the mentions before their words: the stories, each speaker resolved
 * within its story ("Li" -> "Li Shangfu" when the story names one such person; the mentions
 * themselves keep their own), the mentions in id order (the order clustering takes them in).
 * Needs no match words, so matchMentionsInParallel does it while the words are read on other
 * threads; groupMentions and bench/explain-noisy-misses.ts use it as it is.
 */
export function prepareMentionStories(mentions: readonly MatchableMention[], resolved: ResolvedMatchOptions): MentionStories {
  const stories = findStories(resolved.storyMentions ?? mentions, resolved.storyDays);
  const { resolved: storyNames, unconfirmed } = resolveStorySpeakers(mentions, stories);
  const named = storyNames.size === 0 ? mentions : mentions.map((m) => {
    const speaker = storyNames.get(m.id);
    return speaker === undefined ? m : { ...m, speaker };
  });
  const sorted = sortById(named);
  return { stories, sorted, unconfirmed };
}
