import postgres from "postgres";
import type { Writable } from "node:stream";
import { openStore } from "../src/store/open-store.ts";
import type { ArticleBundle } from "../src/store/store.ts";
import { prepareArticleRows, type NamedRow, type OutletRow, type SpeakerRow } from "../src/store/prepare-article-rows.ts";
import { BULK_COLUMNS } from "../src/store/bulk-columns.ts";
import { toCopyLine } from "./to-copy-line.ts";

export interface BulkLoadArticlesOptions {
  /** an empty (or new) server database; migrated first */
  databaseUrl: string;
  /** articles per chunk, as saveArticles' transactions (default 500: the same credited-source links) */
  chunk?: number;
  onProgress?: (message: string) => void;
}

export interface BulkLoadResult {
  articles: number;
  mentions: number;
  keys: number;
  /** seconds: rows prepared and copied / indexes built / VACUUM (ANALYZE) */
  copyS: number;
  indexS: number;
  analyzeS: number;
}

/** The tables the loader writes whose plain (not constraint) indexes are dropped and built again after the copy. */
const LOADED_TABLES = ["outlet", "credited_source", "speaker", "speaker_alias", "article", "article_version", "ingest_message", "article_credit", "mention", "match_pending", "mention_key", "story_key"];

const names = (columns: readonly { name: string }[]): string[] => columns.map((c) => c.name);
const COPY_COLUMNS: Record<string, string[]> = {
  article: [...names(BULK_COLUMNS.article), "latest_version_id"],
  article_version: names(BULK_COLUMNS.article_version),
  ingest_message: names(BULK_COLUMNS.ingest_message),
  article_credit: names(BULK_COLUMNS.article_credit),
  mention: [...names(BULK_COLUMNS.mention), "repeat_of_id"],
  mention_key: names(BULK_COLUMNS.mention_key),
  story_key: names(BULK_COLUMNS.story_key),
  match_pending: names(BULK_COLUMNS.match_pending),
  outlet: names(BULK_COLUMNS.outlet),
  credited_source: ["id", "name", "normalised_name", "outlet_id"],
  speaker: names(BULK_COLUMNS.speaker),
  speaker_alias: names(BULK_COLUMNS.speaker_alias),
};

/**
 * Bulk-loads articles into an empty server store for `bench:scale`, writing the rows the store's
 * own write path (saveArticles) writes for new articles: each bundle goes through the store's
 * prepareArticleRows (ids, mention rows, candidate keys, speakers, aliases, messages), outlets,
 * speakers and credited sources are merged as its upserts merge them, and every row is streamed
 * with COPY (postgres.js), one connection per large table, instead of multi-row INSERTs in
 * transactions. Foreign-key triggers are off on these connections (`session_replication_role =
 * replica`, as `pg_restore --disable-triggers`; the rows are consistent by construction) and the
 * plain indexes of the loaded tables and the candidate and story indexes' primary keys are dropped during the
 * copy and built again after it (one sort each instead of a B-tree insert per row), then VACUUM
 * (ANALYZE).
 * tests/bench/bulk-load-articles.test.ts checks that the result equals saveArticles' row for row.
 * Throws on a store that already holds articles, or on one article twice.
 */
export async function bulkLoadArticles(bundles: Iterable<ArticleBundle>, options: BulkLoadArticlesOptions): Promise<BulkLoadResult> {
  const chunkSize = options.chunk ?? 500;
  const progress = options.onProgress ?? (() => undefined);
  const store = await openStore({ databaseUrl: options.databaseUrl });
  await store.close();
  const connect = (max: number) => postgres(options.databaseUrl, {
    max, onnotice: () => undefined,
    connection: { session_replication_role: "replica", synchronous_commit: "off", maintenance_work_mem: "512MB" },
  });
  const sql = connect(2);
  const streams = new Map<string, { sql: postgres.Sql; stream: Writable; failed: Error | null }>();
  const connections = new Map<string, postgres.Sql>();
  try {
    const count = (await sql<{ count: string }[]>`SELECT count(*)::text AS count FROM "article"`)[0]?.count;
    if (count !== "0") throw new Error(`bulkLoadArticles: the store already holds ${count} articles`);
    const indexes = await sql<{ name: string; def: string }[]>`
      SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY(${LOADED_TABLES})
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
       ORDER BY 1`;
    for (const index of indexes) await sql.unsafe(`DROP INDEX ${index.name}`);
    await sql`ALTER TABLE "mention_key" DROP CONSTRAINT IF EXISTS "mention_key_pkey"`;
    await sql`ALTER TABLE "story_key" DROP CONSTRAINT IF EXISTS "story_key_pkey"`;

    const copyStart = performance.now();
    // a table's COPY is opened on its first rows of a chunk and ended with the chunk: a backend
    // waiting in COPY FROM STDIN for rows (a table without any, as article_credit for generated
    // articles, or every table while the next slice of a corpus is generated) does not absorb
    // PostgreSQL's ProcSignalBarrier, so every DROP DATABASE on the server waits for it (a 10M load
    // blocked other sessions' test teardowns for 53 minutes until its connections were terminated)
    const open = async (table: string): Promise<{ sql: postgres.Sql; stream: Writable; failed: Error | null }> => {
      const known = streams.get(table);
      if (known) return known;
      let connection = connections.get(table);
      if (!connection) connections.set(table, (connection = connect(1)));
      const stream = await connection.unsafe(`COPY "${table}" (${(COPY_COLUMNS[table] ?? []).map((c) => `"${c}"`).join(", ")}) FROM STDIN`).writable();
      const entry = { sql: connection, stream, failed: null as Error | null };
      stream.on("error", (error: Error) => void (entry.failed = error));
      streams.set(table, entry);
      return entry;
    };
    const endCopies = async (): Promise<void> => {
      for (const [table, entry] of streams) {
        await new Promise<void>((resolve, reject) => {
          if (entry.failed) return reject(entry.failed);
          entry.stream.once("error", reject);
          entry.stream.once("finish", () => resolve());
          entry.stream.end();
        }).catch((error: unknown) => {
          throw new Error(`bulkLoadArticles: COPY into ${table} failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      streams.clear();
    };
    const write = async (table: string, text: string): Promise<void> => {
      if (text === "") return;
      const entry = await open(table);
      if (entry.failed) throw entry.failed;
      if (!entry.stream.write(text)) await new Promise((resolve) => entry.stream.once("drain", resolve));
    };

    const outlets = new Map<string, OutletRow>();
    const sources = new Map<string, NamedRow & { outletId: string | null }>();
    const speakers = new Map<string, SpeakerRow>();
    const aliases = new Set<string>();
    const articleIds = new Set<string>();
    const extractedAt = new Date();
    let chunks = 0;
    let mentions = 0;
    let keys = 0;
    let chunk: ArticleBundle[] = [];
    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const prepared = chunk.map((b) => prepareArticleRows(b, extractedAt));
      chunk = [];
      chunks++;
      // the chunk's outlets are stored before its credited sources (saveArticles' order), which
      // link to the outlet of the same normalised name known by then
      for (const { outlet } of prepared) {
        if (!outlet) continue;
        const known = outlets.get(outlet.normalisedName);
        if (!known) outlets.set(outlet.normalisedName, { ...outlet });
        else {
          known.domain ??= outlet.domain;
          known.country ??= outlet.country;
          if (known.kind === "unknown") known.kind = outlet.kind;
        }
      }
      const text: Record<string, string[]> = { article: [], article_version: [], ingest_message: [], article_credit: [], mention: [], mention_key: [], story_key: [], match_pending: [] };
      for (const rows of prepared) {
        if (articleIds.has(rows.articleId)) throw new Error(`bulkLoadArticles: article ${rows.articleId} (${rows.file}) twice`);
        articleIds.add(rows.articleId);
        for (const s of rows.sources) {
          if (!sources.has(s.normalisedName)) sources.set(s.normalisedName, { ...s, outletId: outlets.get(s.normalisedName)?.id ?? null });
        }
        for (const s of rows.speakers) {
          const known = speakers.get(s.normalisedName);
          if (!known) speakers.set(s.normalisedName, { ...s });
          else {
            known.role ??= s.role;
            known.type ??= s.type;
          }
        }
        for (const [speakerId, alias] of rows.aliases) aliases.add(`${speakerId}\u0000${alias}`);
        text.article!.push(toCopyLine([...rows.article, 1, rows.versionId]));
        text.article_version!.push(toCopyLine([...rows.version, 1]));
        for (const m of rows.messages) text.ingest_message!.push(toCopyLine(m));
        for (const c of rows.credits) text.article_credit!.push(toCopyLine(c));
        const repeatOf = new Map(rows.repeats);
        for (const m of rows.mentions) {
          text.mention!.push(toCopyLine([...m, repeatOf.get(m[0] as string) ?? null]));
          text.match_pending!.push(`${m[0] as string}\n`);
        }
        for (const [key, id] of rows.keys) text.mention_key!.push(`${key}\t${id}\n`);
        for (const [key, day, id] of rows.storyKeys) text.story_key!.push(`${key}\t${day}\t${id}\n`);
        mentions += rows.mentions.length;
        keys += rows.keys.length;
      }
      for (const [table, lines] of Object.entries(text)) await write(table, lines.join(""));
      await endCopies();
      if (chunks % 40 === 0) progress(`${articleIds.size} articles, ${mentions} mentions, ${keys} keys copied`);
    };
    for (const bundle of bundles) {
      chunk.push(bundle);
      if (chunk.length >= chunkSize) await flush();
    }
    await flush();
    await copyReference(sql, "outlet", [...outlets.values()].map((o) => [o.id, o.name, o.normalisedName, o.domain, o.kind, o.country]));
    await copyReference(sql, "credited_source", [...sources.values()].map((s) => [s.id, s.name, s.normalisedName, s.outletId]));
    await copyReference(sql, "speaker", [...speakers.values()].map((s) => [s.id, s.name, s.normalisedName, s.role, s.type]));
    await copyReference(sql, "speaker_alias", [...aliases].map((a) => a.split("\u0000")));
    // one corpus revision per batch, as saveArticles counts them; the index is complete
    await sql`UPDATE "store_state" SET "corpus_revision" = "corpus_revision" + ${chunks}, "key_index_ready" = true WHERE "id" = 1`;
    const copyS = (performance.now() - copyStart) / 1000;
    progress(`copied ${articleIds.size} articles, ${mentions} mentions, ${keys} keys in ${copyS.toFixed(1)} s; building indexes`);

    const indexStart = performance.now();
    // two at a time (the server's two cores); the candidate index's primary key, the largest, first
    const jobs = [
      `ALTER TABLE "mention_key" ADD CONSTRAINT "mention_key_pkey" PRIMARY KEY ("key", "mention_id")`,
      `ALTER TABLE "story_key" ADD CONSTRAINT "story_key_pkey" PRIMARY KEY ("key", "day", "mention_id")`,
      ...indexes.map((i) => i.def),
    ];
    await Promise.all([0, 1].map(async () => {
      for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) await sql.unsafe(job);
    }));
    const indexS = (performance.now() - indexStart) / 1000;
    // VACUUM as well: a fresh COPY leaves the visibility map unset, so every index-only scan of the
    // candidate index fetched its heap rows (1.5M heap fetches in one story lookup at 100k
    // mentions, 4.0 s; 1.5 s after VACUUM). A store written by ingest gets this from autovacuum.
    const analyzeStart = performance.now();
    await sql`VACUUM (ANALYZE)`;
    const analyzeS = (performance.now() - analyzeStart) / 1000;
    progress(`indexes ${indexS.toFixed(1)} s, VACUUM (ANALYZE) ${analyzeS.toFixed(1)} s`);
    return { articles: articleIds.size, mentions, keys, copyS, indexS, analyzeS };
  } finally {
    for (const connection of connections.values()) await connection.end({ timeout: 5 }).catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}

/** A small table in one COPY. */
async function copyReference(sql: postgres.Sql, table: string, rows: readonly (readonly unknown[])[]): Promise<void> {
  if (rows.length === 0) return;
  const stream = await sql.unsafe(`COPY "${table}" (${(COPY_COLUMNS[table] ?? []).map((c) => `"${c}"`).join(", ")}) FROM STDIN`).writable();
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("finish", () => resolve());
    stream.end(rows.map(toCopyLine).join(""));
  });
}
