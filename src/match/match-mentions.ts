import type { MatchableMention, MatchResult } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { clusterEntries } from "./cluster-entries.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "./resolve-match-options.ts";
import { resolveStorySpeakers } from "./resolve-story-speakers.ts";
import { findStories } from "./find-stories.ts";
import { toInternedMatchWords } from "./to-interned-match-words.ts";

export type { MatchMentionsOptions } from "./resolve-match-options.ts";

/**
 * The reference matcher: groups every mention into a family (a mention that matches nothing is
 * a family of its own), deterministically. The input order does not matter: mentions are
 * processed in id order, and family and variant ids derive from content. Speakers are compared
 * and families named after resolveStorySpeakers (a bare name takes the one full name of its story
 * holding it; never across the corpus: "Trump" in one story is not "Donald Trump Jr." of another;
 * the stored mentions keep their own); the text decides and only two different named persons keep two wordings
 * apart. See clusterKeys for the matching rules (and `options.constraints` for corrections) and
 * buildFamily for canonical choice, links and drift.
 */
export function matchMentions(mentions: readonly MatchableMention[], options?: MatchMentionsOptions): MatchResult {
  const resolved = resolveMatchOptions(options);
  const matchWords = toInternedMatchWords(mentions);
  // names resolved within their story ("Li" -> "Li Shangfu" when the story names one such person)
  const stories = findStories(resolved.storyMentions ?? mentions, resolved.storyDays);
  const { resolved: storyNames } = resolveStorySpeakers(mentions, stories);
  const named = storyNames.size === 0 ? mentions : mentions.map((m) => {
    const speaker = storyNames.get(m.id);
    return speaker === undefined ? m : { ...m, speaker };
  });
  const sorted = [...named].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const roots = clusterEntries(sorted.map((m) => ({ mention: m, words: matchWords.get(m.id)?.words ?? [], speaker: m.speaker, fresh: true })), resolved, { stories });
  const groups = new Map<number, MatchableMention[]>();
  sorted.forEach((m, i) => {
    const root = roots[i] ?? 0;
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [m]);
    else group.push(m);
  });
  const families = [...groups.values()].map((members) => buildFamily(members, resolved, matchWords));
  return { families: disambiguateFamilyIds(families, { freshIds: true }) };
}
