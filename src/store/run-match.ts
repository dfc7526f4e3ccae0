import type pg from "pg";
import type { LockWaits } from "./store.ts";
import { reachFaultPoint } from "./reach-fault-point.ts";

/** Advisory lock key serialising matches on one database ("qtmatch"). */
export const MATCH_LOCK_KEY = 0x71746d61;

export interface RunMatchOptions {
  /** a connection of its own, held for the whole match (the advisory lock is per session); null on
   * the embedded database, whose single session is already exclusive to this process */
  lockClient: pg.ClientBase | null;
  /** runs a query on the store's pool */
  query: <R extends object>(sql: string, params?: readonly unknown[]) => Promise<R[]>;
  /** adds the time spent waiting for and holding the lock (many workers: how much they queue) */
  waits?: LockWaits;
}

/**
 * Runs one match (`match`: load the corpus and stored families, compute, save) so that concurrent
 * processes on one server match one after another, each seeing what the previous one saved (two at
 * once both inserted the same new family: "duplicate key ... quote_family_pkey", issue 9 #5). When
 * `match` resolves, the corpus revision read before it started is recorded as matched; a match that
 * throws or is killed leaves the store owing one (see matchPending).
 */
export async function runMatch<T>(options: RunMatchOptions, match: () => Promise<T>): Promise<T> {
  const { lockClient, query, waits } = options;
  const asked = performance.now();
  if (lockClient) await lockClient.query("SELECT pg_advisory_lock($1)", [MATCH_LOCK_KEY]);
  const held = performance.now();
  if (waits) {
    waits.matchWaitMs += held - asked;
    waits.matches++;
  }
  try {
    const [state] = await query<{ revision: string }>(`SELECT "corpus_revision"::text AS revision FROM "store_state" WHERE "id" = 1`);
    const result = await match();
    reachFaultPoint("match-before-mark");
    if (state) {
      await query(`UPDATE "store_state" SET "matched_revision" = GREATEST("matched_revision", $1::bigint) WHERE "id" = 1`, [state.revision]);
    }
    return result;
  } finally {
    if (waits) waits.matchHeldMs += performance.now() - held;
    if (lockClient) await lockClient.query("SELECT pg_advisory_unlock($1)", [MATCH_LOCK_KEY]).catch(() => undefined);
  }
}
