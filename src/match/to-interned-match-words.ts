import type { MatchableMention } from "../model/family.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";

/**
 * Each mention's match words, by mention id, the words interned: a million mentions of ~25 words
 * must not hold 25 million separate strings. `given`: words already read (toMatchWords on another
 * thread), by mention id, interned here instead of read again.
 */
export function toInternedMatchWords(mentions: readonly MatchableMention[], given?: ReadonlyMap<string, MatchWords>): Map<string, MatchWords> {
  const intern = new Map<string, string>();
  return new Map(mentions.map((m) => {
    const w = given?.get(m.id) ?? toMatchWords(m.text);
    for (let k = 0; k < w.words.length; k++) {
      const word = w.words[k] ?? "";
      const known = intern.get(word);
      if (known === undefined) intern.set(word, word);
      else w.words[k] = known;
    }
    return [m.id, w];
  }));
}
