import type { MatchableMention } from "../model/family.ts";
import { buildKeyTable } from "./build-key-table.ts";
import { findStories } from "./find-stories.ts";
import { findUnconfirmedSurnames } from "./find-unconfirmed-surnames.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { toKeyEntry } from "./to-key-entry.ts";
import { toMatchWords } from "./to-match-words.ts";

/**
 * The ids of the mentions whose speaker is a bare surname that their story does not name in full
 * (see findUnconfirmedSurnames), over these mentions only. A new article can confirm an old bare
 * surname (or join two stories), which changes what the matcher may merge: the rebuild policy
 * compares this set before and after.
 */
export function listUnconfirmedSpeakers(mentions: readonly MatchableMention[], options: ResolvedMatchOptions): Set<string> {
  const table = buildKeyTable(mentions.map((m) => toKeyEntry(m, toMatchWords(m.text).words, m.speaker, true)), options.minWords);
  const unconfirmed = findUnconfirmedSurnames(table.keys, findStories(table.keys, options.storyDays));
  const out = new Set<string>();
  mentions.forEach((m, i) => {
    if (unconfirmed[table.keyOfEntry[i] ?? 0] === 1) out.add(m.id);
  });
  return out;
}
