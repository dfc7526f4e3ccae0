import type { MatchKey } from "../match/build-key-table.ts";
import { KEY_FLAGS, type SharedMatchKeys } from "./share-match-keys.ts";

/**
 * The keys that shareMatchKeys packed, as verification reads them (a worker thread's view): each
 * key's words a view into the shared words (no copy), its persons equal objects; `text` empty and
 * `articles` empty (the clustering's, not verification's).
 */
export function readSharedMatchKeys(shared: SharedMatchKeys): MatchKey[] {
  const keys: MatchKey[] = new Array<MatchKey>(shared.count);
  const person = (id: number): MatchKey["person"] => (id < 0 ? null : shared.persons[id] ?? null);
  for (let i = 0; i < shared.count; i++) {
    const flags = shared.flags[i] ?? 0;
    keys[i] = {
      text: "", words: shared.words.subarray(shared.wordStart[i] ?? 0, shared.wordStart[i + 1] ?? 0), speaker: shared.speaker[i] ?? -1,
      person: person(shared.person[i] ?? -1), named: person(shared.named[i] ?? -1), minDay: shared.minDay[i] ?? Number.NaN, maxDay: shared.maxDay[i] ?? Number.NaN,
      undated: (flags & KEY_FLAGS.undated) !== 0, indirect: (flags & KEY_FLAGS.indirect) !== 0, articles: [], short: (flags & KEY_FLAGS.short) !== 0,
      title: (flags & KEY_FLAGS.title) !== 0, content: shared.content[i] ?? 0, fresh: (flags & KEY_FLAGS.fresh) !== 0,
    };
  }
  return keys;
}
