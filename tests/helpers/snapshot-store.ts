import { openStore } from "../../src/store/open-store.ts";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";

/** What a crash test compares: everything the commands store, without timestamps. */
export interface StoreSnapshot {
  articles: unknown[];
  versions: unknown[];
  mentions: unknown[];
  families: unknown[];
  memberships: unknown[];
  provenance: unknown[];
  /** a match is owed (store_state) */
  matchPending: boolean;
}

/** Reads a store the CLI wrote (a server database, or the embedded one under dataDir). */
export async function snapshotStore(where: { databaseUrl: string } | { dataDir: string }): Promise<StoreSnapshot> {
  const store = await openStore({ ...where, migrate: false });
  try {
    const q = getStoreInternals(store).query;
    return {
      articles: await q(`SELECT id, key, latest_version_id, version_count, title, outlet_id FROM article ORDER BY id`),
      versions: await q(`SELECT id, article_id, seq, content_hash FROM article_version ORDER BY id`),
      mentions: await q(`SELECT id, version_id, text, start, "end", speaker_name, repeat_of_id FROM mention ORDER BY id`),
      families: await q(`SELECT id, position, fingerprint FROM quote_family ORDER BY position, id`),
      memberships: await q(`SELECT family_id, mention_id, position, link FROM family_membership ORDER BY family_id, mention_id`),
      provenance: await q(`SELECT family_id, origin, first_mention_id FROM provenance ORDER BY family_id`),
      matchPending: await store.matchPending(),
    };
  } finally {
    await store.close();
  }
}
