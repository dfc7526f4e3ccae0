import { describe, expect, it } from "vitest";
import { generateNoisyMentionCorpus } from "../../../bench/generate-noisy-mention-corpus.ts";
import { buildKeyTable } from "../../../src/match/build-key-table.ts";
import { buildBigramIndex } from "../../../src/match/in-memory/build-bigram-index.ts";
import { resolveMatchOptions } from "../../../src/match/resolve-match-options.ts";
import { toKeyEntry } from "../../../src/match/to-key-entry.ts";
import { toMatchWords } from "../../../src/match/to-match-words.ts";

function keysOf(size: number) {
  const { mentions } = generateNoisyMentionCorpus({ size, seed: 3 });
  return buildKeyTable(mentions.map((m) => toKeyEntry(m, toMatchWords(m.text).words, m.speaker, true)), 4).keys;
}

describe("buildBigramIndex", () => {
  it("numbers bigrams in order of first appearance, however many there are (the hash table grows as they come)", () => {
    const keys = keysOf(3000);
    const index = buildBigramIndex(keys, resolveMatchOptions(), false);
    // the reference: a Map from word pair to id, each key's distinct ids ascending
    const ids = new Map<string, number>();
    const expected: number[] = [];
    for (const k of keys) {
      const mine = new Set<number>();
      for (let p = 0; p + 1 < k.words.length; p++) {
        const pair = `${k.words[p]} ${k.words[p + 1]}`;
        if (!ids.has(pair)) ids.set(pair, ids.size);
        mine.add(ids.get(pair) ?? -1);
      }
      expected.push(...[...mine].sort((a, b) => a - b));
    }
    expect(Array.from(index.grams.subarray(0, index.keyGramStart[keys.length]))).toEqual(expected);
    expect(index.postStart.length).toBe(ids.size + 1);
  });

  it("builds the arrays other threads read in shared memory when asked, with the same content", () => {
    const keys = keysOf(800);
    const plain = buildBigramIndex(keys, resolveMatchOptions(), false);
    const shared = buildBigramIndex(keys, resolveMatchOptions(), false, true);
    for (const name of ["queried", "wordCount", "keyGramStart", "grams", "postStart", "postings"] as const) {
      expect(shared[name].buffer, name).toBeInstanceOf(SharedArrayBuffer);
      expect(plain[name].buffer, name).not.toBeInstanceOf(SharedArrayBuffer);
      expect(Array.from(shared[name]), name).toEqual(Array.from(plain[name]));
    }
  });
});
