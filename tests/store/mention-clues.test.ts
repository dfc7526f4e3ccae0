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
  it("saveArticles stores the clues found at ingest with each mention and loadCorpus hands them back", async () => {
    const quote = "We will continue to strengthen the mechanism of security cooperation";
    const bundle = makeArticleBundle({
      file: "clues.txt",
      url: "https://example.org/clues",
      text: `www.laprensalatina.com\nLi Shangfu said at the 11th Moscow Conference on International Security: "${quote}."`,
      quotes: [{ text: quote, speaker: "Li Shangfu" }],
    });
    // the app finds the clues once at ingest (src/app/ingest-files.ts); the store keeps them
    const clues = findProvenanceClues(bundle.article.text, bundle.extraction?.quotes ?? []);
    await t.store.saveArticles([{ ...bundle, clues }]);
    const corpus = await t.store.loadCorpus();
    const [mention] = corpus.mentions;
    if (!mention) throw new Error("no mention stored");
    const [expected] = findProvenanceClues(bundle.article.text, [mention]);
    expect(mention.clues).toEqual(expected);
    expect(mention.clues?.setting.map((c) => c.phrase)).toEqual(["at the 11th Moscow Conference on International Security"]);
    expect(mention.clues?.previews.map((p) => p.domain)).toEqual(["laprensalatina.com"]);
  });

  it("a bundle without clues (an older caller) stores none: provenance finds them at match time", async () => {
    const bundle = makeArticleBundle({ file: "no-clues.txt", text: 'Anna Weber said: "We stay."', quotes: [{ text: "We stay", speaker: "Anna Weber" }] });
    await t.store.saveArticles([bundle]);
    const corpus = await t.store.loadCorpus();
    const mention = corpus.mentions.find((m) => corpus.articles.find((a) => a.id === m.articleId)?.file === "no-clues.txt");
    expect(mention).toBeDefined();
    expect(mention?.clues ?? null).toBeNull();
  });
});
