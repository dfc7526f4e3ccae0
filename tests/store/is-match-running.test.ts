import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATCH_LOCK_KEY } from "../../src/store/run-match.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

describe.skipIf(!process.env.TEST_DATABASE_URL)("store.matchRunning (workers go on ingesting while another matches)", () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore();
  });
  afterAll(async () => t?.cleanup());

  it("is true exactly while another session holds the match lock of this database, and the store's own lockWaits count its wait", async () => {
    const other = new pg.Client({ connectionString: t.databaseUrl! });
    await other.connect();
    try {
      expect(await t.store.matchRunning()).toBe(false);
      // another advisory key is not the match lock
      await other.query("SELECT pg_advisory_lock($1)", [MATCH_LOCK_KEY + 1]);
      expect(await t.store.matchRunning()).toBe(false);
      await other.query("SELECT pg_advisory_lock($1)", [MATCH_LOCK_KEY]);
      expect(await t.store.matchRunning()).toBe(true);
      const waited = t.store.runMatch(async () => "matched");
      await new Promise((r) => setTimeout(r, 300));
      await other.query("SELECT pg_advisory_unlock($1)", [MATCH_LOCK_KEY]);
      expect(await waited).toBe("matched");
      expect(t.store.lockWaits().matches).toBe(1);
      expect(t.store.lockWaits().matchWaitMs).toBeGreaterThanOrEqual(250);
      expect(await t.store.matchRunning()).toBe(false);
    } finally {
      await other.end();
    }
  });
});
