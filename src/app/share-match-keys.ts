import type { MatchKey } from "../match/build-key-table.ts";
import type { PersonName } from "../text/parse-person-name.ts";

/**
 * What verification reads of a run's keys (see MatchKey), in typed arrays over SharedArrayBuffers
 * that a worker thread reads without a copy (a million keys cloned into every thread would cost
 * gigabytes): words, speaker, persons, dates and flags. Not the text nor the articles, which only
 * the clustering reads. Persons are numbered in `persons` (-1: none).
 */
export interface SharedMatchKeys {
  count: number;
  /** key i's words are words[wordStart[i] .. wordStart[i + 1]) */
  wordStart: Int32Array;
  words: Int32Array;
  speaker: Int32Array;
  person: Int32Array;
  named: Int32Array;
  persons: PersonName[];
  minDay: Float64Array;
  maxDay: Float64Array;
  content: Int32Array;
  /** KEY_FLAGS bits */
  flags: Uint8Array;
}

/** the bits of SharedMatchKeys.flags */
export const KEY_FLAGS = { undated: 1, indirect: 2, short: 4, title: 8, fresh: 16 } as const;

/** Packs the keys (see SharedMatchKeys); readSharedMatchKeys gives them back. */
export function shareMatchKeys(keys: readonly MatchKey[]): SharedMatchKeys {
  const n = keys.length;
  let total = 0;
  for (const k of keys) total += k.words.length;
  const ints = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)));
  const floats = (): Float64Array => new Float64Array(new SharedArrayBuffer(8 * Math.max(1, n)));
  const out: SharedMatchKeys = {
    count: n, wordStart: ints(n + 1), words: ints(total), speaker: ints(n), person: ints(n), named: ints(n), persons: [],
    minDay: floats(), maxDay: floats(), content: ints(n), flags: new Uint8Array(new SharedArrayBuffer(Math.max(1, n))),
  };
  const personIds = new Map<string, number>();
  const personId = (p: PersonName | null): number => {
    if (p === null) return -1;
    const slot = `${p.family}\u0001${p.given}`;
    let id = personIds.get(slot);
    if (id === undefined) {
      id = out.persons.length;
      personIds.set(slot, id);
      out.persons.push({ family: p.family, given: p.given });
    }
    return id;
  };
  let at = 0;
  keys.forEach((k, i) => {
    out.wordStart[i] = at;
    out.words.set(k.words, at);
    at += k.words.length;
    out.speaker[i] = k.speaker;
    out.person[i] = personId(k.person);
    out.named[i] = personId(k.named);
    out.minDay[i] = k.minDay;
    out.maxDay[i] = k.maxDay;
    out.content[i] = k.content;
    out.flags[i] = (k.undated ? KEY_FLAGS.undated : 0) | (k.indirect ? KEY_FLAGS.indirect : 0) | (k.short ? KEY_FLAGS.short : 0)
      | (k.title ? KEY_FLAGS.title : 0) | (k.fresh ? KEY_FLAGS.fresh : 0);
  });
  out.wordStart[n] = at;
  return out;
}
