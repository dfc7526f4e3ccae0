import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

const article = (n: number) => makeArticleBundle({ file: `${n}.txt`, text: `Article ${n} says "we will go on".`, quotes: [{ text: "we will go on" }] });

describe("store.runMatch / store.matchPending (issue 9 #4, #5)", () => {
  it("a fresh store owes nothing; stored articles owe a match until one finishes; a failed or unchanged write changes nothing", async () => {
    expect(await t.store.matchPending()).toBe(false);
    await t.store.saveArticles([article(1)]);
    expect(await t.store.matchPending()).toBe(true);
    await expect(t.store.runMatch(async () => { throw new Error("killed"); })).rejects.toThrow("killed");
    expect(await t.store.matchPending()).toBe(true); // a match that did not finish is still owed
    expect(await t.store.runMatch(async () => "done")).toBe("done");
    expect(await t.store.matchPending()).toBe(false);
    await t.store.saveArticles([article(1)]); // unchanged: nothing written
    expect(await t.store.matchPending()).toBe(false);
  });

  it("articles stored while a match runs stay owed after it", async () => {
    await t.store.runMatch(async () => {
      // on the embedded database the match holds the one session: write from inside it
      await t.store.saveArticles([article(2)]);
    });
    expect(await t.store.matchPending()).toBe(true);
    await t.store.runMatch(async () => undefined);
    expect(await t.store.matchPending()).toBe(false);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("on a server, two processes' matches run one after the other", async () => {
    const other: Store = await openStore({ databaseUrl: t.databaseUrl!, migrate: false });
    try {
      const events: string[] = [];
      const slow = (name: string) => async () => {
        events.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 300));
        events.push(`${name} end`);
      };
      await Promise.all([t.store.runMatch(slow("a")), other.runMatch(slow("b"))]);
      expect([events[0]?.slice(2), events[1]?.slice(2)]).toEqual(["start", "end"]);
      expect(events[0]?.[0]).toBe(events[1]?.[0]);
    } finally {
      await other.close();
    }
  });
});
