import { describe, expect, it } from "vitest";
import { generateNoisyMentionCorpus } from "../../bench/generate-noisy-mention-corpus.ts";
import { buildKeyTable, type KeyEntry } from "../../src/match/build-key-table.ts";
import { makeNameKey } from "../../src/text/make-name-key.ts";
import { toKeyEntry } from "../../src/match/to-key-entry.ts";
import { toMatchWords } from "../../src/match/to-match-words.ts";

const entry = (id: string, speaker: string | null, text: string, extra: Partial<KeyEntry> = {}): KeyEntry => ({
  id, speaker, words: text.split(" "), date: "2024-05-01", indirect: false, articleId: `a-${id}`, fresh: true, ...extra,
});

describe("buildKeyTable", () => {
  it("gives one key per speaker and wording (found by word ids, not by text), a key of its own to a short or cannotLink entry", () => {
    const table = buildKeyTable([
      entry("1", "Ann Lee", "we will build the bridge"),
      entry("2", "Ann Lee", "we will build the bridge"),
      entry("3", "Bo Diaz", "we will build the bridge"),
      entry("4", "Ann Lee", "we will build the bridge now"),
      entry("5", null, "we will build the bridge"),
      entry("6", "Ann Lee", "we will"),
      entry("7", "Ann Lee", "we will"),
      entry("8", "Ann Lee", "we will build the bridge", { alone: true }),
    ], 4);
    expect(Array.from(table.keyOfEntry)).toEqual([0, 0, 1, 2, 3, 4, 5, 6]);
    expect(table.keys[0]?.articles).toEqual([0, 1]);
    // the text is read as it was stored before: speaker key, \u0001, words, and the id of a key of its own
    expect(table.keys.map((k) => k.text)).toEqual([
      "ann lee\u0001we will build the bridge", "bo diaz\u0001we will build the bridge", "ann lee\u0001we will build the bridge now",
      "\u0001we will build the bridge", "ann lee\u0001we will\u00026", "ann lee\u0001we will\u00027", "ann lee\u0001we will build the bridge\u00028",
    ]);
    expect(Array.from(table.keys[2]?.words ?? [])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("groups a corpus's entries exactly as its texts would (many keys: hashes that collide, words over several blocks)", () => {
    const { mentions } = generateNoisyMentionCorpus({ size: 20_000, seed: 5 });
    const entries = mentions.map((m) => toKeyEntry(m, toMatchWords(m.text).words, m.speaker, true));
    const table = buildKeyTable(entries, 4);
    // the reference: keys by their joined text, in order of first appearance
    const byText = new Map<string, number>();
    const expected = entries.map((e) => {
      const speaker = e.speaker === null ? "" : makeNameKey(e.speaker);
      const slot = `${e.speakerType === null || e.speakerType === undefined || e.speakerType === "person" || speaker === "" ? speaker : `${e.speakerType}:${speaker}`}\u0001${e.words.join(" ")}${e.words.length < 4 ? `\u0002${e.id}` : ""}`;
      if (!byText.has(slot)) byText.set(slot, byText.size);
      return byText.get(slot);
    });
    expect(Array.from(table.keyOfEntry)).toEqual(expected);
    expect(table.keys.map((k) => k.text)).toEqual([...byText.keys()]);
    const names = [...table.vocab.keys()];
    table.keys.forEach((k, i) => expect(Array.from(k.words, (w) => names[w]).join(" ")).toBe(entries[table.keyOfEntry.indexOf(i)]?.words.join(" ")));
    let words = 0;
    for (const k of table.keys) words += k.words.length;
    expect(words).toBeGreaterThan(1 << 18);
  });
});
