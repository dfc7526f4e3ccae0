import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";
import { scopeOptions } from "../helpers/scope-options.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

const QUOTE = "We will continue to strengthen the mechanism of security cooperation";

describe("bulk loading without candidate keys (SaveArticlesOptions.candidateKeys: false)", () => {
  // A loader that skips the keys must leave the store marked incomplete: an incremental match
  // over a half-written index would miss every candidate among the loaded mentions.
  it("marks the index incomplete until the keys are written, in batches through the caller's writer", async () => {
    const internals = getStoreInternals(t.store);
    const bundle = (file: string) => makeArticleBundle({
      file, url: `https://example.org/${file}`, outlet: "Example", publishedAt: "2023-09-25",
      text: `Li Shangfu said: "${QUOTE}."`, quotes: [{ text: QUOTE, speaker: "Li Shangfu" }],
    });
    await t.store.saveArticles([bundle("a.txt"), bundle("b.txt")], { candidateKeys: false });
    expect((await internals.query<{ n: number }>(`SELECT count(*)::int AS n FROM "mention_key"`))[0]?.n).toBe(0);
    expect(await t.store.loadMatchScope(scopeOptions)).toBeNull();

    // the writer gets every mention's keys (the embedded store has one connection, busy reading
    // them: the rows are inserted once the call returns)
    const written: (readonly [number, string])[] = [];
    await t.store.completeCandidateIndex({ writeKeys: async (rows) => void written.push(...rows) });
    expect(new Set(written.map((r) => r[1])).size).toBe(2);
    await internals.query(`INSERT INTO "mention_key" ("key", "mention_id") SELECT * FROM unnest($1::int4[], $2::text[])`,
      [written.map((r) => r[0]), written.map((r) => r[1])]);
    const scope = await t.store.loadMatchScope(scopeOptions);
    expect(scope?.fresh).toBe(2);
    expect(scope?.corpus.mentions).toHaveLength(2);
  });
});
