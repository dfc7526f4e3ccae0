import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";
import { scopeOptions } from "../helpers/scope-options.ts";
import { findRenamedMentions } from "../../src/match/find-renamed-mentions.ts";
import { toMatchWords } from "../../src/match/to-match-words.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

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

  // regression (issue 15, bench:scale 100k: 99,394 story rows for a scope of 72,158 mentions): the
  // stories of the scope's articles were read with every mention whose speaker shares a story key
  // with one of theirs (the full names of every person they name in full too), though the matcher
  // asks Stories only `same` (the two articles' own speakers) and `fullNames` of a bare name
  it("reads, besides the scope's own articles, only the full names a bare name of theirs resolves against", async () => {
    const own = await openTestStore();
    try {
      const internals = getStoreInternals(own.store);
      await own.store.saveArticles([
        article("early", "2023-09-09", "Ivo Doe", "Nets are cheaper in the south"),
        article("bare", "2023-09-22", "Doe", "Nobody asked the fishermen first"),
        makeArticleBundle({
          file: "doe-quill.txt", url: "https://example.org/doe-quill", outlet: "Example", publishedAt: "2023-09-21",
          text: `Zed Doe said: "Fees will double next spring." Ann Quill said: "The harbour stays open."`,
          quotes: [{ text: "Fees will double next spring", speaker: "Zed Doe" }, { text: "The harbour stays open", speaker: "Ann Quill" }],
        }),
        article("quill", "2023-09-26", "Bob Quill", "Winter closures are likely"),
      ]);
      await internals.query(`DELETE FROM "match_pending"`);
      await own.store.saveArticles([article("new", "2023-09-25", "Paigeplair Doe", "Our plan was never discussed")]);
      const ids = new Map((await internals.query<{ id: string; url: string }>(`SELECT id, url FROM "article"`)).map((r) => [r.id, r.url.slice(20)]));
      const scope = await own.store.loadMatchScope(scopeOptions);
      const articlesOf = (list: readonly { articleId: string }[] | undefined) => [...new Set((list ?? []).map((m) => ids.get(m.articleId)))].sort();
      // the new article's story: both Doe articles within 14 days
      expect(articlesOf(scope?.corpus.mentions)).toEqual(["bare", "doe-quill", "new"]);
      // "Ivo Doe", 13 days before the bare "Doe" (16 before the new article), is what it resolves
      // against; "Bob Quill" relates to "Ann Quill" but no bare name asks about him
      expect(articlesOf(scope?.storyMentions)).toEqual(["bare", "doe-quill", "early", "new"]);
    } finally {
      await own.cleanup();
    }
  });
  // regression (issue 15, bench:scale 100k: scope 72,158 mentions for 3,987 new ones): every mention
  // of the new articles' stories was loaded and matched, though a new article changes only how a
  // stored bare name resolves and what a one-word quote of its story joins
  it("loads of the new articles' stories only the bare names that resolve differently and the one-word quotes", async () => {
    const own = await openTestStore();
    try {
      const internals = getStoreInternals(own.store);
      await own.store.saveArticles([
        // unconfirmed until the new article names Paigeplair Doe in full three days later
        article("bare", "2023-09-22", "Doe", "Nobody asked the fishermen first"),
        // Lee Rowe shares the family name of the new article's Kim Rowe: one story
        article("rowe-scare", "2023-09-23", "Lee Rowe", "Ridiculous"),
        article("rowe-long", "2023-09-23", "Lee Rowe", "Harbour fees will rise again"),
      ]);
      await internals.query(`DELETE FROM "match_pending"`);
      await own.store.saveArticles([makeArticleBundle({
        file: "new.txt", url: "https://example.org/new", outlet: "Example", publishedAt: "2023-09-25",
        text: `Paigeplair Doe said: "Our plan was never discussed." Kim Rowe said: "The ferry will stop in May."`,
        quotes: [{ text: "Our plan was never discussed", speaker: "Paigeplair Doe" }, { text: "The ferry will stop in May", speaker: "Kim Rowe" }],
      })]);
      const texts = async (options: typeof scopeOptions) => (await own.store.loadMatchScope(options))?.corpus.mentions.map((m) => m.text).sort();
      // without the rule (every story mention), as before
      expect(await texts(scopeOptions)).toContain("Harbour fees will rise again");
      const narrowed = await texts({
        ...scopeOptions, matchWords: (text) => toMatchWords(text).words,
        findRenamed: (candidates, storyMentions, freshArticles) => findRenamedMentions(candidates, storyMentions, freshArticles, scopeOptions.storyDays),
      });
      expect(narrowed).toEqual(["Nobody asked the fishermen first", "Our plan was never discussed", "Ridiculous", "The ferry will stop in May"]);
    } finally {
      await own.cleanup();
    }
  });
});
