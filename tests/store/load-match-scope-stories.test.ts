import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

const scopeOptions = { maxKeyMentions: 2000, minSharedSpeakerWords: 4, storyDays: 14 };
const article = (name: string, day: string, speaker: string, quote: string) => makeArticleBundle({
  file: `${name}.txt`, url: `https://example.org/${name}`, outlet: "Example", publishedAt: day,
  text: `${speaker} said: "${quote}."`, quotes: [{ text: quote, speaker }],
});

describe("the story lookup of an incremental match (story_key)", () => {
  // regression (README "A year of news"): the lookup read every posting of a speaker's name words
  // over the whole corpus (9.3 s at 1M mentions) and a given name alone ("John") related every
  // person of that name within 14 days (186k story neighbours for 3,941 new mentions)
  it("is written with the mentions, finds a new mention's story by family name within the window, and not through a shared given name", async () => {
    const internals = getStoreInternals(t.store);
    await t.store.saveArticles([
      article("smith", "2023-09-20", "Paigeplair Smith", "Fees will double next spring"),
      article("bare-doe", "2023-09-22", "Doe", "Nobody asked the fishermen first"),
      article("late-doe", "2023-10-30", "Ivo Doe", "Winter closures are likely"),
    ]);
    // the page day and the person's family and given name, one row each
    const rows = await internals.query<{ day: string; n: number }>(
      `SELECT to_char(sk.day, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM "story_key" sk GROUP BY sk.day ORDER BY sk.day`);
    expect(rows).toEqual([{ day: "2023-09-20", n: 2 }, { day: "2023-09-22", n: 1 }, { day: "2023-10-30", n: 2 }]);
    await internals.query(`DELETE FROM "match_pending"`);
    await t.store.saveArticles([article("new", "2023-09-25", "Paigeplair Doe", "Our plan was never discussed")]);

    const ids = new Map((await internals.query<{ id: string; url: string }>(`SELECT id, url FROM "article"`)).map((r) => [r.id, r.url.slice(20)]));
    const storyOf = async () => {
      const scope = await t.store.loadMatchScope(scopeOptions);
      return [...new Set(scope?.storyMentions.map((m) => ids.get(m.articleId)))].sort();
    };
    // the bare "Doe" three days before is its story; "Paigeplair Smith" shares only the given
    // name; "Ivo Doe" is 35 days later
    expect(await storyOf()).toEqual(["bare-doe", "new"]);
    // read from the story index: without its postings the story is not found
    await internals.query(`DELETE FROM "story_key" WHERE "day" = '2023-09-22'`);
    expect(await storyOf()).toEqual(["new"]);
  });
});
