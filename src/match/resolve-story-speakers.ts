import type { MatchableMention } from "../model/family.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import { buildKeyTable } from "./build-key-table.ts";
import { findStories } from "./find-stories.ts";
import { findUnconfirmedSurnames } from "./find-unconfirmed-surnames.ts";
import type { ResolvedMatchOptions } from "./resolve-match-options.ts";
import { toKeyEntry } from "./to-key-entry.ts";
import { toMatchWords } from "./to-match-words.ts";

export interface StorySpeakers {
  /** mention id -> the one full name of its story that holds its bare name ("Li" -> "Li Shangfu") */
  resolved: Map<string, string>;
  /** ids of the mentions whose bare name its story never names in full (no evidence of a person) */
  unconfirmed: Set<string>;
}

/**
 * Names resolved within a story (see findStories), never across the corpus: a one-word speaker
 * name becomes the one full person name of its story holding that word (either part: "Li" and
 * "Shangfu" both give "Li Shangfu"); with two such names ("Trump" with Donald and Ivanka Trump) it
 * stays as it is. The matcher compares and names families under the resolved names; the mentions
 * keep their own. The rebuild policy compares the result before and after new articles.
 * `wordsOf`: each mention's match words when the caller has them (toMatchWords otherwise).
 */
export function resolveStorySpeakers(
  mentions: readonly MatchableMention[], options: ResolvedMatchOptions, wordsOf: (m: MatchableMention) => readonly string[] = (m) => toMatchWords(m.text).words,
): StorySpeakers {
  const table = buildKeyTable(mentions.map((m) => toKeyEntry(m, wordsOf(m), m.speaker, true)), options.minWords);
  const story = findStories(table.keys, options.storyDays);
  const unconfirmedKeys = findUnconfirmedSurnames(table.keys, story);
  // story -> word of a full person name -> the full names (by name key) holding it
  const fullNames = new Map<string, Map<string, string>>();
  mentions.forEach((m, i) => {
    const key = table.keys[table.keyOfEntry[i] ?? 0];
    if (m.speaker === null || key === undefined || key.person === null || key.person.given === "") return;
    const nameKey = makeNameKey(m.speaker);
    for (const a of key.articles) {
      for (const word of nameKey.split(" ")) {
        const slot = `${story[a] ?? -1}\u0001${word}`;
        let names = fullNames.get(slot);
        if (names === undefined) fullNames.set(slot, (names = new Map()));
        if (!names.has(nameKey) || (names.get(nameKey) ?? "") > m.speaker) names.set(nameKey, m.speaker);
      }
    }
  });
  const resolved = new Map<string, string>();
  const unconfirmed = new Set<string>();
  mentions.forEach((m, i) => {
    const k = table.keyOfEntry[i] ?? 0;
    const key = table.keys[k];
    if (m.speaker === null || key === undefined || key.person === null || key.person.given !== "") return;
    const word = makeNameKey(m.speaker).split(" ").pop() ?? "";
    const candidates = new Map<string, string>();
    for (const a of key.articles) for (const [nameKey, name] of fullNames.get(`${story[a] ?? -1}\u0001${word}`) ?? []) candidates.set(nameKey, name);
    if (candidates.size === 1) resolved.set(m.id, [...candidates.values()][0] ?? m.speaker);
    else if (unconfirmedKeys[k] === 1) unconfirmed.add(m.id);
  });
  return { resolved, unconfirmed };
}
