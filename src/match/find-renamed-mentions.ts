import { findChangedSpeakers } from "./find-changed-speakers.ts";
import { findStories, type StoryMention } from "./find-stories.ts";
import { resolveStorySpeakers, type StorySpeaker } from "./resolve-story-speakers.ts";

/**
 * The stored mentions whose bare name resolves differently once the new articles are stored
 * (resolveStorySpeakers: another full name, or none where there was one, or one where there was
 * none): the only way a new article changes an old mention's speaker. `candidates` are stored
 * mentions with a bare name; `storyMentions` must hold what their stories read (each candidate's
 * own article's mentions with a name word of its bare name, and every mention naming a person in
 * full with that word within `storyDays`: Store.loadMatchScope's resolvedBy rows), the new
 * articles' among them. Their families are clustered again from scratch (matchIncremental's
 * `renamed`), where until session 23 such a change re-matched the whole scope from scratch.
 */
export function findRenamedMentions(
  candidates: readonly StorySpeaker[], storyMentions: readonly StoryMention[], freshArticles: ReadonlySet<string>, storyDays: number,
): string[] {
  if (candidates.length === 0) return [];
  const before = resolveStorySpeakers(candidates, findStories(storyMentions.filter((m) => !freshArticles.has(m.articleId)), storyDays));
  const after = resolveStorySpeakers(candidates, findStories(storyMentions, storyDays));
  return findChangedSpeakers(candidates.map((m) => m.id), before, after);
}
