import { afterAll, describe, expect, it } from "vitest";
import { toComparableFamilies } from "../helpers/to-comparable-families.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import { generateNoisyMentionCorpus } from "../../bench/generate-noisy-mention-corpus.ts";
import { makeArticleBundles } from "../../bench/make-article-bundles.ts";

const opened: TestStore[] = [];
afterAll(async () => {
  for (const t of opened) await t.cleanup();
});


describe("updateMatches on two threads", () => {
  it("from `parallelFrom` mentions the rebuild and the incremental match run on threads and save exactly the single-threaded families", async () => {
    const corpus = generateNoisyMentionCorpus({ size: 800, seed: 29 });
    const bundles = makeArticleBundles(corpus.mentions);
    const half = Math.floor(bundles.length / 2);
    const searches: { chunks: number; byWorkers: number }[] = [];
    // no minimum size, small chunks, all taken by the worker (this thread would do them all before
    // a worker just started has loaded)
    const threaded = { parallelFrom: 0, parallelSearch: { minKeys: 0, chunkKeys: 16, workersOnly: true, onSearch: (s: { chunks: number; byWorkers: number }) => searches.push(s) } };
    const single = { parallelFrom: Number.POSITIVE_INFINITY };
    const results: { rebuild: ReturnType<typeof toComparableFamilies>; incremental: ReturnType<typeof toComparableFamilies> }[] = [];
    for (const run of [single, threaded]) {
      const t = await openTestStore({ kind: "embedded" });
      opened.push(t);
      await t.store.saveArticles(bundles.slice(0, half));
      await updateMatches(t.store, { rebuild: false, ...run });
      await t.store.saveArticles(bundles.slice(half));
      // the whole corpus loaded (scope "corpus"): an incremental match of many mentions
      await updateMatches(t.store, { rebuild: false, scope: "corpus", ...run });
      const incremental = toComparableFamilies((await t.store.loadMatch()).result);
      await updateMatches(t.store, { rebuild: true, ...run });
      results.push({ incremental, rebuild: toComparableFamilies((await t.store.loadMatch()).result) });
    }
    // three searches on threads (first match, incremental, rebuild), the worker in each
    expect(searches.length).toBeGreaterThanOrEqual(3);
    for (const s of searches) expect(s.byWorkers).toBe(s.chunks);
    expect(results[1]?.rebuild).toEqual(results[0]?.rebuild);
    expect(results[1]?.incremental).toEqual(results[0]?.incremental);
    expect(results[0]?.rebuild.length).toBeGreaterThan(50);
  }, 600_000);
});
