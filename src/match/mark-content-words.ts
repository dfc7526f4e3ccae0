import type { KeyTable, MatchKey } from "./build-key-table.ts";
import { MATCH_STOP_WORDS } from "../lexicon/match-stop-words.ts";

/**
 * Sets each key's `content` to its number of content words (not match stop words, 3+ letters) and
 * returns the mask by word id (1 = content word). No "rare" words: a word's rarity counted over a
 * run changes with the corpus size and with what an incremental run loads (its scope), so a
 * fragment joinable in one run would not be in another (incremental != rebuild).
 */
export function markContentWords(keys: readonly MatchKey[], table: KeyTable): Uint8Array {
  const content = new Uint8Array(table.vocab.size);
  for (const [word, id] of table.vocab) content[id] = MATCH_STOP_WORDS.has(word) || word.length < 3 ? 0 : 1;
  for (const k of keys) {
    let c = 0;
    for (const w of k.words) if (content[w] === 1) c++;
    k.content = c;
  }
  return content;
}
