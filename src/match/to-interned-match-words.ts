import type { MatchableMention } from "../model/family.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";

/**
 * Each mention's match words, by mention id, the words interned: a million mentions of ~25 words
 * must not hold 25 million separate strings. `given`: words already read (toMatchWords on another
 * thread), by mention id, interned here instead of read again; `givenInterned`: they already share
 * one string per word (matchMentionsInParallel interns them as it receives them), so when they
 * cover every mention they are taken as they are (a Map: that map itself, not a copy).
 */
export function toInternedMatchWords(mentions: readonly MatchableMention[], given?: ReadonlyMap<string, MatchWords>, givenInterned = false): Map<string, MatchWords> {
  if (givenInterned && given !== undefined && mentions.every((m) => given.has(m.id))) {
    // the caller's map itself (a million entries are not copied): the caller no longer changes it
    if (given instanceof Map) return given as Map<string, MatchWords>;
    return new Map(mentions.map((m) => [m.id, given.get(m.id) as MatchWords]));
  }
  const out = new Map<string, MatchWords>();
  const intern = new Map<string, string>();
  for (const m of mentions) {
    const w = given?.get(m.id) ?? toMatchWords(m.text);
    for (let k = 0; k < w.words.length; k++) {
      const word = w.words[k] ?? "";
      const known = intern.get(word);
      if (known === undefined) intern.set(word, word);
      else w.words[k] = known;
    }
    out.set(m.id, w);
  }
  return out;
}
