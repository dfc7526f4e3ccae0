import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoadArticles } from "../../bench/bulk-load-articles.ts";
import { makeArticleBundles } from "../../bench/make-article-bundles.ts";
import { generateNoisyMentionCorpus } from "../../bench/generate-noisy-mention-corpus.ts";
import { writeNoisyArticles } from "../../bench/write-noisy-articles.ts";
import { readArticles } from "../../src/app/read-articles.ts";
import { findProvenanceClues } from "../../src/provenance/find-provenance-clues.ts";
import { openStore } from "../../src/store/open-store.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import type { ArticleBundle } from "../../src/store/store.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/create-test-database.ts";

// Columns whose values are the moment or the order of writing, not what was written.
const NOT_COMPARED: Record<string, string[]> = {
  article: ["created_at", "updated_at"],
  article_version: ["ingested_at", "extracted_at"],
  ingest_message: ["id"],
  article_credit: ["id"],
  speaker_alias: ["id"],
  _prisma_migrations: ["id", "checksum", "started_at", "finished_at", "logs"],
};

/** Every row of every table (sorted), the indexes and the constraints of one database. */
async function dumpDatabase(url: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dump: Record<string, unknown> = {};
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { table_name: table } of tables.rows) {
      const columns = (await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table],
      )).rows.map((r) => r.column_name).filter((c) => !(NOT_COMPARED[table] ?? []).includes(c));
      const list = columns.map((c) => `"${c}"::text`).join(", ");
      dump[table] = (await client.query({ text: `SELECT ${list} FROM "${table}" ORDER BY ${columns.map((_, i) => i + 1).join(", ")}`, rowMode: "array" })).rows;
    }
    dump.indexes = (await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`)).rows;
    dump.constraints = (await client.query(
      `SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def, convalidated FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    )).rows;
    return dump;
  } finally {
    await client.end();
  }
}

/** Bundles as ingest makes them (read, parse, extract, clues) from the files under `dir`. */
async function readBundles(dir: string): Promise<ArticleBundle[]> {
  const bundles: ArticleBundle[] = [];
  for await (const item of readArticles({ paths: [dir], cwd: dir })) {
    if (!("article" in item)) continue;
    const clues = item.extraction ? findProvenanceClues(item.article.text, item.extraction.quotes) : [];
    bundles.push({ article: item.article, extraction: item.extraction, clues });
  }
  return bundles;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("bench:scale's bulk load (COPY) writes what the store's write path writes", () => {
  let viaStore: TestDatabase;
  let viaCopy: TestDatabase;
  let tmp: string;
  let bundles: ArticleBundle[];

  beforeAll(async () => {
    viaStore = await createTestDatabase();
    viaCopy = await createTestDatabase();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "qt-bulk-"));
    writeNoisyArticles(tmp, { articles: 60, seed: 3 });
    const repo = path.resolve(import.meta.dirname, "../..");
    const seeds = await readBundles(path.join(repo, "seeds"));
    const news = await readBundles(tmp);
    const generated = makeArticleBundles(generateNoisyMentionCorpus({ size: 600, seed: 5 }).mentions);
    // what the generated articles lack: a repeat, credits (one named as an outlet is), a source,
    // and text with the characters COPY escapes (tab, backslash, carriage return)
    const odd = makeArticleBundle({
      file: "odd.txt", url: "https://example.org/odd", outlet: "Example Times", publishedAt: "2023-09-25",
      text: "Tab\there, a back\\slash and\r\n“We will stay,” she said. Later: “We will stay,” she said again, per Reuters.",
      quotes: [{ text: "We will stay", speaker: "Ana \\ Tab", source: "Reuters" }, { text: "We will stay", speaker: "Ana \\ Tab", repeatOf: "q1" }],
      credits: [{ name: "Example Times", mention: "Example Times staff" }, { name: "Reuters", mention: "Reuters" }],
    });
    bundles = [...seeds, ...news, ...generated, odd];
  }, 120_000);

  afterAll(async () => {
    await viaStore?.drop();
    await viaCopy?.drop();
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it("the same rows in every table, the same indexes and constraints, and the same families after match --rebuild", async () => {
    expect(bundles.length).toBeGreaterThan(200);
    const store = await openStore({ databaseUrl: viaStore.url ?? "" });
    try {
      const results = await store.saveArticles(bundles);
      expect(results.every((r) => r.status === "new")).toBe(true);
    } finally {
      await store.close();
    }
    const loaded = await bulkLoadArticles(bundles, { databaseUrl: viaCopy.url ?? "" });
    expect(loaded.articles).toBe(bundles.length);

    const a = await dumpDatabase(viaStore.url ?? "");
    const b = await dumpDatabase(viaCopy.url ?? "");
    expect((a.mention as unknown[]).length).toBeGreaterThan(800);
    expect((a.mention_key as unknown[]).length).toBeGreaterThan(10_000);
    // the story index too (key, page day, mention), from both write paths
    expect((a.story_key as unknown[]).length).toBeGreaterThan(500);
    expect((a.ingest_message as unknown[]).length).toBeGreaterThan(0);
    expect((a.article_credit as unknown[]).length).toBeGreaterThan(0);
    for (const table of Object.keys(a)) expect(b[table], table).toEqual(a[table]);
    expect(Object.keys(b)).toEqual(Object.keys(a));

    for (const db of [viaStore, viaCopy]) {
      const s = await openStore({ databaseUrl: db.url ?? "" });
      try {
        await updateMatches(s, { rebuild: true });
      } finally {
        await s.close();
      }
    }
    const afterA = await dumpDatabase(viaStore.url ?? "");
    const afterB = await dumpDatabase(viaCopy.url ?? "");
    expect((afterA.quote_family as unknown[]).length).toBeGreaterThan(100);
    for (const table of Object.keys(afterA)) expect(afterB[table], table).toEqual(afterA[table]);
  }, 300_000);

  it("refuses a store that already holds articles", async () => {
    await expect(bulkLoadArticles(bundles.slice(0, 1), { databaseUrl: viaStore.url ?? "" })).rejects.toThrow(/already holds/);
  }, 60_000);
});
