import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";
import { snapshotStore } from "../helpers/snapshot-store.ts";
import { spawnQuotetrail } from "../helpers/spawn-quotetrail.ts";
import { writeFaultCorpus } from "../helpers/write-fault-corpus.ts";

const databases: TestDatabase[] = [];
const root = mkdtempSync(join(tmpdir(), "qt-concurrent-"));
afterAll(async () => {
  for (const db of databases) await db.drop();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("four concurrent ingests into one Postgres database", () => {
  // Regression (issue 9 #5): of four at once, two exited 1 with `saveMatch: duplicate key value
  // violates unique constraint "quote_family_pkey"` and their quotes stayed unmatched.
  it("all succeed; the store holds every article once and the same families as one ingest of everything", async () => {
    const total = 80;
    writeFaultCorpus(join(root, "corpus"), { articles: total });
    const file = (n: number) => join("corpus", `${String(n).padStart(4, "0")}.txt`);
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => file(from + i));
    // overlapping sets: every article is in two of them
    const sets = [range(0, 40), range(20, 60), range(40, 80), [...range(60, 80), ...range(0, 20)]];
    const shared = await createTestDatabase();
    databases.push(shared);
    const runs = await Promise.all(sets.map((files) => spawnQuotetrail(["ingest", ...files, "--quiet"], { cwd: root, databaseUrl: shared.url! })));
    for (const r of runs) expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);

    const single = await createTestDatabase();
    databases.push(single);
    const reference = await spawnQuotetrail(["ingest", ...range(0, total), "--quiet"], { cwd: root, databaseUrl: single.url! });
    expect(reference.code, reference.stderr).toBe(0);

    const got = await snapshotStore({ databaseUrl: shared.url! });
    const want = await snapshotStore({ databaseUrl: single.url! });
    expect(got.articles).toHaveLength(total);
    expect(got.articles).toEqual(want.articles);
    expect(got.mentions).toEqual(want.mentions);
    expect(got.matchPending).toBe(false);
    // every quote in exactly one family, grouped as one ingest of everything groups them
    const partition = (s: typeof got) => {
      const byFamily = new Map<string, string[]>();
      for (const m of s.memberships as { family_id: string; mention_id: string }[]) {
        byFamily.set(m.family_id, [...(byFamily.get(m.family_id) ?? []), m.mention_id]);
      }
      return [...byFamily.values()].map((ids) => ids.sort().join(" ")).sort();
    };
    const mentionIds = (got.memberships as { mention_id: string }[]).map((m) => m.mention_id);
    expect(new Set(mentionIds).size).toBe(mentionIds.length);
    expect(partition(got)).toEqual(partition(want));
  }, 180_000);
});
