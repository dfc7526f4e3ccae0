import type { StorySpeakers } from "./resolve-story-speakers.ts";

/**
 * The ids (in the order given) whose bare name resolves differently in `after` than in `before`:
 * another full name, or none where there was one, or confirmed now and not before, or the other
 * way round. The one rule by which a new article changes an old mention's speaker, read by
 * decideMatchRun (the matcher) and findRenamedMentions (the store's scope): the two must agree,
 * or an incremental match would differ from a rebuild.
 */
export function findChangedSpeakers(ids: Iterable<string>, before: StorySpeakers, after: StorySpeakers): string[] {
  const changed: string[] = [];
  for (const id of ids) {
    if (before.unconfirmed.has(id) !== after.unconfirmed.has(id) || before.resolved.get(id) !== after.resolved.get(id)) changed.push(id);
  }
  return changed;
}
