import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

// issue 12: a group speaker ("State Department officials") is stored with its kind, as other speakers are
let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

const TALKS = "the talks are going nowhere at the moment";

describe("group speakers in the store", () => {
  it("stores and loads a group speaker with type group (migration 20261203070000_speaker_type_group)", async () => {
    await t.store.saveArticles([makeArticleBundle({
      file: "talks.txt",
      outlet: "Example Daily",
      text: `State Department officials told reporters that "${TALKS}."`,
      quotes: [{ text: TALKS, kind: "partial", speaker: "State Department officials", speakerType: "group" }],
    })]);
    const db = getStoreInternals(t.store);
    const [mention] = await db.query<{ speaker_name: string; speaker_type: string }>(`SELECT speaker_name, speaker_type::text FROM mention`);
    expect(mention).toEqual({ speaker_name: "State Department officials", speaker_type: "group" });
    const [speaker] = await db.query<{ name: string; type: string }>(`SELECT name, type::text FROM speaker`);
    expect(speaker).toEqual({ name: "State Department officials", type: "group" });
    const corpus = await t.store.loadCorpus();
    expect(corpus.mentions[0]?.speaker).toMatchObject({ name: "State Department officials", type: "group" });
  });
});
