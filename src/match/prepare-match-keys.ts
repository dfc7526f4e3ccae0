import type { KeyTable } from "./build-key-table.ts";
import type { Stories } from "./find-stories.ts";
import { findUnconfirmedSurnames } from "./find-unconfirmed-surnames.ts";
import { markContentWords } from "./mark-content-words.ts";

/** What prepareMatchKeys found. */
export interface PreparedKeys {
  /** by word id: 1 = content word (markContentWords) */
  content: Uint8Array;
  /** by key: 1 = a bare surname its story does not confirm (findUnconfirmedSurnames), now no person */
  unconfirmed: Uint8Array;
}

/**
 * The key side of the matcher's preparation, before any pair is compared: each key's content words
 * counted (MatchKey.content), and a bare surname its story does not confirm made no person (its
 * `person` and `named` set to null: no evidence of a person, see findUnconfirmedSurnames).
 * Changes the table's keys. clusterKeys and bench/explain-noisy-misses.ts use it.
 */
export function prepareMatchKeys(table: KeyTable, stories: Stories): PreparedKeys {
  const keys = table.keys;
  const content = markContentWords(keys, table);
  const unconfirmed = findUnconfirmedSurnames(keys, stories, table.articleIds);
  keys.forEach((k, i) => {
    if (unconfirmed[i] !== 1) return;
    k.person = null;
    k.named = null;
  });
  return { content, unconfirmed };
}
