import { MATCH_LOCK_KEY } from "./run-match.ts";

/**
 * True when a process holds the match lock of this database now (a match is running). A glance,
 * not a lock: the answer may be stale at once. Workers use it to go on ingesting instead of queueing
 * behind a running match; the articles they stored stay owed (store_state) and a later match takes
 * them in. A bigint advisory key shows in pg_locks as classid (high 32 bits) and objid (low 32 bits).
 */
export async function isMatchRunning(query: <R extends object>(sql: string, params?: readonly unknown[]) => Promise<R[]>): Promise<boolean> {
  const key = BigInt(MATCH_LOCK_KEY);
  const rows = await query<{ running: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                     WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()
                       AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.objsubid = 1) AS running`,
    [String(key >> 32n), String(key & 0xffffffffn)],
  );
  return rows[0]?.running ?? false;
}
