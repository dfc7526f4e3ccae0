import type { MatchableMention } from "../model/family.ts";
import { toMatchWords, type MatchWords } from "./to-match-words.ts";

/**
 * Each mention's match words, by mention id, the words interned: a million mentions of ~25 words
 * must not hold 25 million separate strings.
 */
export function toInternedMatchWords(mentions: readonly MatchableMention[]): Map<string, MatchWords> {
  const intern = new Map<string, string>();
  return new Map(mentions.map((m) => {
    const w = toMatchWords(m.text);
    for (let k = 0; k < w.words.length; k++) {
      const word = w.words[k] ?? "";
      const known = intern.get(word);
      if (known === undefined) intern.set(word, word);
      else w.words[k] = known;
    }
    return [m.id, w];
  }));
}
