import postgres from "postgres";
import type { Store, ArticleBundle } from "../src/store/store.ts";

export interface BulkLoadArticlesOptions {
  /** the store's server (the candidate keys are copied on a connection of their own) */
  databaseUrl: string;
  /** articles per saveArticles call (default 2,000) */
  batch?: number;
}

/**
 * The URL of a connection for bulk loading: foreign-key triggers off (`session_replication_role =
 * replica`, as `pg_restore --disable-triggers`; the generated rows are consistent by construction,
 * and they were 4/5 of the server's time for a mention insert) and commits not waited for.
 * Needs a superuser (the local server's postgres).
 */
export function toBulkLoadUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("options", "-c session_replication_role=replica -c synchronous_commit=off");
  return url.toString();
}

/**
 * Bulk-loads generated articles into an empty server store for `bench:scale`: the articles,
 * versions and mentions through the store's own write path without their candidate keys
 * (`candidateKeys: false`), then the keys of every mention streamed with COPY (postgres.js) into
 * `mention_key` without its primary key, which is built once at the end (one sort instead of 32
 * B-tree inserts per mention), and the index marked complete. Pass a store opened on
 * toBulkLoadUrl(databaseUrl) to skip the foreign-key triggers as well.
 */
export async function bulkLoadArticles(store: Store, bundles: readonly ArticleBundle[], options: BulkLoadArticlesOptions): Promise<void> {
  const batch = options.batch ?? 1000;
  for (let i = 0; i < bundles.length; i += batch) await store.saveArticles(bundles.slice(i, i + batch), { candidateKeys: false });
  const sql = postgres(options.databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    await sql`ALTER TABLE "mention_key" DROP CONSTRAINT IF EXISTS "mention_key_pkey"`;
    await store.completeCandidateIndex({
      writeKeys: async (rows) => {
        const stream = await sql`COPY "mention_key" ("key", "mention_id") FROM STDIN`.writable();
        // rows in chunks: tab-separated text; ids are generated (no tab, newline or backslash)
        for (let r = 0; r < rows.length; r += 10_000) {
          let text = "";
          for (const [key, id] of rows.slice(r, r + 10_000)) text += `${key}\t${id}\n`;
          if (!stream.write(text)) await new Promise((resolve) => stream.once("drain", resolve));
        }
        await new Promise<void>((resolve, reject) => { stream.once("error", reject); stream.once("finish", () => resolve()); stream.end(); });
      },
    });
    await sql`ALTER TABLE "mention_key" ADD CONSTRAINT "mention_key_pkey" PRIMARY KEY ("key", "mention_id")`;
    await sql`ANALYZE`;
  } finally {
    await sql.end();
  }
}
