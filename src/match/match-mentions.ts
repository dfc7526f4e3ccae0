import type { MatchableMention, MatchResult } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { groupMentions } from "./group-mentions.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "./resolve-match-options.ts";

export type { MatchMentionsOptions } from "./resolve-match-options.ts";

/**
 * The reference matcher: groups every mention into a family (a mention that matches nothing is
 * a family of its own), deterministically. The input order does not matter: mentions are
 * processed in id order, and family and variant ids derive from content. Speakers are compared
 * and families named after resolveStorySpeakers (a bare name takes the one full name of its story
 * holding it; never across the corpus: "Trump" in one story is not "Donald Trump Jr." of another;
 * the stored mentions keep their own); the text decides and only two different named persons keep two wordings
 * apart. See clusterKeys for the matching rules (and `options.constraints` for corrections) and
 * buildFamily for canonical choice, links and drift. matchMentionsInParallel (src/app) gives the same
 * result on two threads.
 */
export function matchMentions(mentions: readonly MatchableMention[], options?: MatchMentionsOptions): MatchResult {
  const resolved = resolveMatchOptions(options);
  const { groups, words } = groupMentions(mentions, resolved);
  const families = groups.map((members) => buildFamily(members, resolved, words));
  return { families: disambiguateFamilyIds(families, { freshIds: true }) };
}
