import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProvenanceClues } from "../../src/provenance/find-provenance-clues.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

describe("issue 9 defect 6: provenance clues are stored with each mention", () => {
  it("saveArticles stores each mention's clues once and loadCorpus hands them back", async () => {
    const quote = "We will continue to strengthen the mechanism of security cooperation";
    const bundle = makeArticleBundle({
      file: "clues.txt",
      url: "https://example.org/clues",
      text: `www.laprensalatina.com\nLi Shangfu said at the 11th Moscow Conference on International Security: "${quote}."`,
      quotes: [{ text: quote, speaker: "Li Shangfu" }],
    });
    await t.store.saveArticles([bundle]);
    const corpus = await t.store.loadCorpus();
    const [mention] = corpus.mentions;
    if (!mention) throw new Error("no mention stored");
    const [expected] = findProvenanceClues(bundle.article.text, [mention]);
    expect(mention.clues).toEqual(expected);
    expect(mention.clues?.setting.map((c) => c.phrase)).toEqual(["at the 11th Moscow Conference on International Security"]);
    expect(mention.clues?.previews.map((p) => p.domain)).toEqual(["laprensalatina.com"]);
  });
});
