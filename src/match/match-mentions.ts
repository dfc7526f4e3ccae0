import type { MatchableMention, MatchResult } from "../model/family.ts";
import { buildFamily } from "./build-family.ts";
import { buildKeyTable, type KeyEntry } from "./build-key-table.ts";
import { clusterKeys } from "./cluster-keys.ts";
import { disambiguateFamilyIds } from "./disambiguate-family-ids.ts";
import { resolveMatchOptions, type MatchMentionsOptions } from "./resolve-match-options.ts";
import { toMatchWords } from "./to-match-words.ts";
import { unifySpeakerNames } from "./unify-speaker-names.ts";

export type { MatchMentionsOptions } from "./resolve-match-options.ts";

/**
 * The reference matcher: groups every mention into a family (a mention that matches nothing is
 * a family of its own), deterministically. The input order does not matter: mentions are
 * processed in id order, and family and variant ids derive from content. Speakers are compared
 * after unifySpeakerNames (a bare surname takes the one fuller name of the corpus that holds it).
 * See clusterKeys for the matching rules and buildFamily for canonical choice, links and drift.
 */
export function matchMentions(mentions: readonly MatchableMention[], options?: MatchMentionsOptions): MatchResult {
  const resolved = resolveMatchOptions(options);
  // one spelling per speaker across the corpus ("Weber" -> "Anna Weber" when unambiguous)
  const sorted = [...unifySpeakerNames(mentions)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // words interned: a million mentions of ~25 words must not hold 25 million separate strings
  const intern = new Map<string, string>();
  const matchWords = new Map(sorted.map((m) => {
    const w = toMatchWords(m.text);
    for (let k = 0; k < w.words.length; k++) {
      const word = w.words[k] ?? "";
      const known = intern.get(word);
      if (known === undefined) intern.set(word, word);
      else w.words[k] = known;
    }
    return [m.id, w];
  }));
  intern.clear();
  const entries: KeyEntry[] = sorted.map((m) => ({
    speaker: m.speaker,
    words: matchWords.get(m.id)?.words ?? [],
    date: m.date,
    indirect: m.kind === "indirect",
    articleId: m.articleId,
    id: m.id,
    fresh: true,
  }));
  const table = buildKeyTable(entries, resolved.minWords);
  const indexOf = new Map(sorted.map((m, i) => [m.id, i]));
  const forced: [number, number][] = [];
  sorted.forEach((m, i) => {
    const target = m.repeatOf === null ? undefined : indexOf.get(m.repeatOf);
    if (target !== undefined) forced.push([table.keyOfEntry[i] ?? 0, table.keyOfEntry[target] ?? 0]);
  });
  const roots = clusterKeys({ table, options: resolved, forced });
  const groups = new Map<number, MatchableMention[]>();
  sorted.forEach((m, i) => {
    const root = roots[table.keyOfEntry[i] ?? 0] ?? 0;
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [m]);
    else group.push(m);
  });
  const families = [...groups.values()].map((members) => buildFamily(members, resolved, matchWords));
  return { families: disambiguateFamilyIds(families, { freshIds: true }) };
}
