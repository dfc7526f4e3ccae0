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
  // a key's mentions share its name key: each key is read once, under the first of its mentions'
  // speaker spellings in code-point order (as the display name of a full name)
  const spelling = new Map<number, string>();
  mentions.forEach((m, i) => {
    const k = table.keyOfEntry[i] ?? 0;
    const key = table.keys[k];
    if (m.speaker === null || key === undefined || key.person === null) return;
    const known = spelling.get(k);
    if (known === undefined || known > m.speaker) spelling.set(k, m.speaker);
  });
  // story -> word of a full person name -> the full names (by name key) holding it
  const fullNames = new Map<string, Map<string, string>>();
  for (const [k, speaker] of spelling) {
    const key = table.keys[k];
    if (key === undefined || key.person === null || key.person.given === "") continue;
    const nameKey = makeNameKey(speaker);
    const words = nameKey.split(" ");
    for (const a of key.articles) {
      for (const word of words) {
        const slot = `${story[a] ?? -1}\u0001${word}`;
        let names = fullNames.get(slot);
        if (names === undefined) fullNames.set(slot, (names = new Map()));
        if (!names.has(nameKey) || (names.get(nameKey) ?? "") > speaker) names.set(nameKey, speaker);
      }
    }
  }
  /** bare-name key -> its one full name in its stories, null when none or several */
  const fullNameOf = new Map<number, string | null>();
  for (const [k, speaker] of spelling) {
    const key = table.keys[k];
    if (key === undefined || key.person === null || key.person.given !== "") continue;
    const word = makeNameKey(speaker).split(" ").pop() ?? "";
    const candidates = new Map<string, string>();
    for (const a of key.articles) for (const [nameKey, name] of fullNames.get(`${story[a] ?? -1}\u0001${word}`) ?? []) candidates.set(nameKey, name);
    fullNameOf.set(k, candidates.size === 1 ? [...candidates.values()][0] ?? null : null);
  }
  const resolved = new Map<string, string>();
  const unconfirmed = new Set<string>();
  mentions.forEach((m, i) => {
    const k = table.keyOfEntry[i] ?? 0;
    if (m.speaker === null || !fullNameOf.has(k)) return;
    const name = fullNameOf.get(k) ?? null;
    if (name !== null) resolved.set(m.id, name);
    else if (unconfirmedKeys[k] === 1) unconfirmed.add(m.id);
  });
  return { resolved, unconfirmed };
}
