import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import type { Store } from "../../src/store/open-store.ts";
import type { MatchResult } from "../../src/model/family.ts";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = ["000", "001", "002", "003", "004"].map((n) => path.join("seeds", `${n}.txt`));
const opened: TestStore[] = [];
afterAll(async () => {
  for (const t of opened) await t.cleanup();
});

/** Families as comparable data: order-free, every field that a report or audit shows. */
function comparable(result: MatchResult) {
  return result.families
    .map((f) => ({
      ...f,
      variants: [...f.variants].sort((a, b) => a.id.localeCompare(b.id)),
      members: [...f.members].sort((a, b) => a.mentionId.localeCompare(b.mentionId)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function ingestOneByOne(store: Store, order: readonly string[]): Promise<void> {
  for (const file of order) {
    await ingestFiles(store, { paths: [file], cwd: root });
    await updateMatches(store, { rebuild: false });
  }
}

describe("incremental matching equals the rebuild (issue 4), seeds ingested one by one", () => {
  it("in two different orders, the incremental families equal `match --rebuild`", async () => {
    const results = [];
    for (const order of [seeds, [...seeds].reverse()]) {
      const t = await openTestStore();
      opened.push(t);
      await ingestOneByOne(t.store, order);
      const incremental = comparable((await t.store.loadMatch()).result);
      await updateMatches(t.store, { rebuild: true });
      const rebuilt = comparable((await t.store.loadMatch()).result);
      expect(incremental).toEqual(rebuilt);
      results.push(rebuilt);
      await t.cleanup();
      opened.pop();
    }
    expect(results[0]).toEqual(results[1]);
    // the three cross-outlet statements of the seeds are there
    const multi = (results[0] ?? []).filter((f) => f.members.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it("after a --force re-ingest (mentions deleted and re-inserted), the saved families are whole again", async () => {
    // Regression: `ingest --force` on a matched corpus failed ("saveMatch: ... violates foreign key
    // constraint quote_family_canonical_mention_id_fkey"): re-extraction deleted the article's
    // mentions, which left their families half there (canonical mention gone, members missing),
    // and the incremental match saved them back as they were loaded.
    const t = await openTestStore();
    opened.push(t);
    await ingestFiles(t.store, { paths: seeds, cwd: root });
    await updateMatches(t.store, { rebuild: false });
    const before = await t.store.loadMatch();
    await ingestFiles(t.store, { paths: [seeds[1]!], cwd: root, force: true });
    await updateMatches(t.store, { rebuild: false });
    const after = await t.store.loadMatch();
    expect(comparable(after.result)).toEqual(comparable(before.result));
    expect(after.provenance).toEqual(before.provenance);
    const corpus = await t.store.loadCorpus();
    expect(after.result.families.flatMap((f) => f.members).length).toBe(corpus.mentions.length);
  }, 180_000);
});
