import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStoreInternals } from "../../src/store/get-store-internals.ts";
import { makeRecordIds } from "../../src/store/make-record-ids.ts";
import type { ArticleBundle } from "../../src/store/store.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

let t: TestStore;
beforeAll(async () => {
  t = await openTestStore();
});
afterAll(async () => {
  await t?.cleanup();
});

async function count(table: string, where = "TRUE", params: unknown[] = []): Promise<number> {
  const rows = await getStoreInternals(t.store).query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`, params);
  return rows[0]?.n ?? -1;
}

const LI = "We will continue to strengthen the mechanism of security cooperation within the SCO";
const DRILLS = "Beijing is ready to hold joint military drills";

function tassArticle(file: string, extra = ""): ArticleBundle {
  return makeArticleBundle({
    file,
    url: `https://example.org/${file}`,
    outlet: "Persian News",
    outletDomain: "persian.example",
    publishedAt: "2023-09-25",
    eventDate: "2023-08-15",
    title: "Li in Moscow",
    text: `Li Shangfu said: "${LI}," according to TASS. "${DRILLS}," he added.${extra} "${LI.slice(0, 40)}..."`,
    quotes: [
      { text: LI, speaker: "Li Shangfu", source: "TASS" },
      { text: DRILLS, speaker: "Li Shangfu", speakerMention: "he", source: "Tass" },
      { text: LI.slice(0, 40), speaker: "LI SHANGFU", speakerMention: "Shangfu", repeatOf: "q1" },
    ],
    credits: [{ name: "EFE", mention: "(EFE)" }],
  });
}

describe("saveArticles", () => {
  it("stores an article with its version, messages, credits, speakers and mentions", async () => {
    const bundle = tassArticle("a1.txt");
    const [result] = await t.store.saveArticles([bundle]);
    const ids = makeRecordIds({ url: "https://example.org/a1.txt", file: "a1.txt", contentHash: bundle.article.contentHash });
    expect(result).toEqual({ file: "a1.txt", status: "new", articleId: ids.articleId, versionId: ids.versionId });
    expect(await count("article")).toBe(1);
    expect(await count("article_version")).toBe(1);
    expect(await count("outlet")).toBe(1);
    expect(await count("mention", "version_id = $1", [ids.versionId])).toBe(3);
    expect(await count("ingest_message")).toBe(1);
    expect(await count("article_credit")).toBe(1);
    // "TASS" and "Tass" are one credited source, EFE another
    expect(await count("credited_source")).toBe(2);
    // "Li Shangfu" and "LI SHANGFU" are one speaker; aliases keep "Shangfu" but not the pronoun
    expect(await count("speaker")).toBe(1);
    const aliases = await getStoreInternals(t.store).query<{ alias: string }>(`SELECT alias FROM speaker_alias ORDER BY alias`);
    expect(aliases.map((a) => a.alias)).toEqual(["LI SHANGFU", "Li Shangfu", "Shangfu"]);
    const repeat = await getStoreInternals(t.store).query<{ repeat_of_id: string | null }>(
      `SELECT repeat_of_id FROM mention WHERE local_id = 'q3'`);
    expect(repeat[0]?.repeat_of_id).toBe(ids.mentionId(bundle.extraction!.quotes[0]!.start, bundle.extraction!.quotes[0]!.end));
  });

  it("is idempotent: the same content again writes nothing", async () => {
    const before = await getStoreInternals(t.store).query<{ updated_at: Date }>(`SELECT updated_at FROM article`);
    const [result] = await t.store.saveArticles([tassArticle("a1.txt")]);
    expect(result?.status).toBe("unchanged");
    expect(await count("article_version")).toBe(1);
    expect(await count("mention")).toBe(3);
    expect(await count("ingest_message")).toBe(1);
    const after = await getStoreInternals(t.store).query<{ updated_at: Date }>(`SELECT updated_at FROM article`);
    expect(after).toEqual(before);
  });

  it("stores changed content of the same url as a new version, and loadCorpus sees only the latest", async () => {
    const changed = tassArticle("a1.txt", " One word changed.");
    const [result] = await t.store.saveArticles([changed]);
    expect(result?.status).toBe("new-version");
    expect(await count("article")).toBe(1);
    expect(await count("article_version")).toBe(2);
    expect(await count("mention")).toBe(6);
    const seqs = await getStoreInternals(t.store).query<{ seq: number }>(`SELECT seq FROM article_version ORDER BY seq`);
    expect(seqs.map((s) => s.seq)).toEqual([1, 2]);
    const corpus = await t.store.loadCorpus();
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]?.versionId).toBe(result?.versionId);
    expect(corpus.articles[0]?.text).toBe(changed.article.text);
    expect(corpus.mentions).toHaveLength(3);
    expect((await t.store.summary())).toEqual({ articles: 1, versions: 2, outlets: 1, mentions: 3, speakers: 1, families: 0 });
  });

  it("going back to earlier content makes that version the latest again without a third version", async () => {
    const [result] = await t.store.saveArticles([tassArticle("a1.txt")]);
    expect(result?.status).toBe("new-version");
    expect(result?.reason).toMatch(/version 1/);
    expect(await count("article_version")).toBe(2);
    const corpus = await t.store.loadCorpus();
    expect(corpus.articles[0]?.versionId).toBe(result?.versionId);
  });

  it("loadCorpus returns what was saved, with merged speaker names and canonical source names", async () => {
    const bundle = tassArticle("a1.txt");
    const corpus = await t.store.loadCorpus();
    const a = corpus.articles[0]!;
    expect(a).toMatchObject({
      file: "a1.txt", url: "https://example.org/a1.txt", title: "Li in Moscow", publishedAt: "2023-09-25", eventDate: "2023-08-15",
      language: "en", outlet: { name: "Persian News", domain: "persian.example", kind: "newspaper", country: null },
      credits: [{ name: "EFE", mention: "(EFE)", kind: "wire", start: 0, end: 1 }],
    });
    const quotes = bundle.extraction!.quotes;
    expect(corpus.mentions.map((m) => [m.localId, m.text, m.start, m.end, m.speaker?.name, m.speaker?.mention, m.source?.name ?? null]))
      .toEqual([
        ["q1", quotes[0]!.text, quotes[0]!.start, quotes[0]!.end, "Li Shangfu", "Li Shangfu", "TASS"],
        ["q2", quotes[1]!.text, quotes[1]!.start, quotes[1]!.end, "Li Shangfu", "he", "TASS"],
        ["q3", quotes[2]!.text, quotes[2]!.start, quotes[2]!.end, "Li Shangfu", "Shangfu", null],
      ]);
    expect(corpus.mentions[2]?.repeatOf).toBe(corpus.mentions[0]?.id);
    expect(corpus.mentions[0]).toMatchObject({ kind: "direct", confidence: 0.9, rule: "fixture", cue: { text: "said" } });
  });

  it("force re-writes the extraction of a stored version", async () => {
    const bundle = tassArticle("a1.txt");
    bundle.extraction!.quotes.pop();
    const [result] = await t.store.saveArticles([bundle], { force: true });
    expect(result?.status).toBe("reprocessed");
    expect(await count("article_version")).toBe(2);
    expect(await count("mention", "version_id = $1", [result!.versionId])).toBe(2);
  });

  it("a bundle that fails mid-write leaves nothing of itself; the others of the batch are stored", async () => {
    const good1 = makeArticleBundle({ file: "g1.txt", text: 'He said "good one" today.', outlet: "Good Outlet", quotes: [{ text: "good one", speaker: "Ann Good" }] });
    // Postgres rejects NUL characters in text: this fails at the mention insert, after the
    // outlet, speaker, article and version rows of the same batch were written.
    const bad = makeArticleBundle({ file: "bad.txt", text: 'She said "bad \u0000 one".', outlet: "Bad Outlet", quotes: [{ text: "bad \u0000 one", speaker: "Bea Bad" }] });
    bad.article.text = bad.article.text.replace("\u0000", " "); // only the quote text carries the NUL
    const good2 = makeArticleBundle({ file: "g2.txt", text: 'They said "good two".', outlet: "Good Outlet", quotes: [{ text: "good two", speaker: "Cy Good" }] });
    const articlesBefore = await count("article");
    const results = await t.store.saveArticles([good1, bad, good2]);
    expect(results.map((r) => r.status)).toEqual(["new", "failed", "new"]);
    expect(results[1]?.reason).toMatch(/0x00|null character|invalid byte/i);
    expect(await count("article")).toBe(articlesBefore + 2);
    expect(await count("article", "file = 'bad.txt'")).toBe(0);
    expect(await count("article_version", "source_path = 'bad.txt'")).toBe(0);
    expect(await count("outlet", "name = 'Bad Outlet'")).toBe(0);
    expect(await count("speaker", "name = 'Bea Bad'")).toBe(0);
    expect(await count("mention", "text LIKE 'good%'")).toBe(2);
    // and it can be stored later once fixed
    const fixed = makeArticleBundle({ file: "bad.txt", text: 'She said "bad one".', outlet: "Bad Outlet", quotes: [{ text: "bad one", speaker: "Bea Bad" }] });
    expect((await t.store.saveArticles([fixed]))[0]?.status).toBe("new");
  });

  it("stores an unmined article without extraction, and the same file twice in one call as two versions", async () => {
    const v1 = makeArticleBundle({ file: "dup.txt", text: "Texto en español.", noExtraction: true });
    const v2 = makeArticleBundle({ file: "dup.txt", text: "Texto en español, otra vez.", noExtraction: true });
    const results = await t.store.saveArticles([v1, v2]);
    expect(results.map((r) => r.status)).toEqual(["new", "new-version"]);
    expect(await count("article_version", "source_path = 'dup.txt' AND NOT extracted")).toBe(2);
  });

  it("stores an invalid date as unknown with a message instead of failing", async () => {
    const b = makeArticleBundle({ file: "date.txt", text: "Dated badly.", publishedAt: "2023-02-30" });
    expect((await t.store.saveArticles([b]))[0]?.status).toBe("new");
    expect(await count("article", "file = 'date.txt' AND published_at IS NULL")).toBe(1);
    expect(await count("ingest_message", "code = 'invalid-date'")).toBe(1);
  });

  it("stores text with quote marks, backslashes, braces, commas, NULL and empty values exactly (array literals built by insert-rows.ts)", async () => {
    const tricky = 'a "b" \\ c\\"d {e,f} NULL \\N x\u00e9\u{1F600}';
    const text = `O'Brien "Q" {x}, NULL said: "${tricky}".`;
    const b = makeArticleBundle({
      file: "tricky.txt", text, title: "NULL", outlet: '"Odd\\Outlet" {1,2}', publishedAt: "2023-08-15",
      quotes: [{ text: tricky, speaker: 'O\'Brien "Q" {x}, NULL', speakerMention: "" }],
    });
    expect((await t.store.saveArticles([b]))[0]?.status).toBe("new");
    const db = getStoreInternals(t.store);
    const [version] = await db.query<{ text: string; raw: string | null; metadata: { title: { value: string } } }>(
      `SELECT text, raw, metadata FROM article_version WHERE source_path = 'tricky.txt'`);
    expect(version?.text).toBe(text);
    expect(version?.raw).toBeNull(); // raw equal to text is stored once
    expect(version?.metadata.title.value).toBe("NULL");
    const [mention] = await db.query<{ text: string; speaker_name: string; speaker_mention: string; confidence: number }>(
      `SELECT m.text, m.speaker_name, m.speaker_mention, m.confidence FROM mention m JOIN article a ON a.id = m.article_id WHERE a.file = 'tricky.txt'`);
    expect(mention).toMatchObject({ text: tricky, speaker_name: 'O\'Brien "Q" {x}, NULL', speaker_mention: "" });
    const [outlet] = await db.query<{ name: string }>(`SELECT o.name FROM outlet o JOIN article a ON a.outlet_id = o.id WHERE a.file = 'tricky.txt'`);
    expect(outlet?.name).toBe('"Odd\\Outlet" {1,2}');
    expect(await count("article", "file = 'tricky.txt' AND title = 'NULL' AND published_at = '2023-08-15'")).toBe(1);
  });
});
