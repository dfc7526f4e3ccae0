// Measures Store.saveArticles on generated articles (not a test; prints figures).
//   npx tsx tests/store/measure-save-articles.ts [count]            embedded PGlite in a temp dir
//   TEST_DATABASE_URL=... npx tsx tests/store/measure-save-articles.ts   scratch database on that server
import type { ArticleBundle } from "../../src/store/store.ts";
import { makeArticleBundle } from "../helpers/make-article-bundle.ts";
import { openTestStore } from "../helpers/open-test-store.ts";

const count = Number(process.argv[2] ?? 10_000);
const outlets = ["Persian News", "Middle East Monitor", "Islam Times", "UrduPoint", "La Prensa Latina", "Defence Forum"];
const speakers = ["Li Shangfu", "Kazem Jalali", "Alexander Lukashenko", "Xi Jinping", "Reza Khosravi Moghaddam"];
const bundles: ArticleBundle[] = [];
for (let i = 0; i < count; i++) {
  const quotes = Array.from({ length: 5 }, (_, j) => `Statement ${j} of article ${i}: we will continue to strengthen cooperation number ${i * 7 + j}`);
  const text = `Moscow, Aug 15 (EFE).- Officials spoke on day ${i}.\n\n` +
    quotes.map((q, j) => `"${q}," ${speakers[(i + j) % speakers.length]} said, according to TASS.\n\nAnalysts commented further on the remarks.`).join("\n\n");
  bundles.push(makeArticleBundle({
    file: `gen/${i}.txt`, url: `https://news.example/${i}`, outlet: outlets[i % outlets.length]!, publishedAt: "2023-08-15", text,
    quotes: quotes.map((q, j) => ({ text: q, speaker: speakers[(i + j) % speakers.length]!, source: j % 2 ? "TASS" : null })),
    credits: [{ name: "EFE", mention: "(EFE)" }],
  }));
}
const t = await openTestStore();
try {
  const rss0 = process.memoryUsage().rss;
  let start = performance.now();
  const results = await t.store.saveArticles(bundles);
  const seconds = (performance.now() - start) / 1000;
  const failed = results.filter((r) => r.status !== "new").length;
  start = performance.now();
  const again = await t.store.saveArticles(bundles);
  const secondsAgain = (performance.now() - start) / 1000;
  start = performance.now();
  const corpus = await t.store.loadCorpus();
  const secondsLoad = (performance.now() - start) / 1000;
  console.log(JSON.stringify({
    database: t.kind, articles: count, mentions: corpus.mentions.length, notNew: failed,
    saveSeconds: +seconds.toFixed(2), articlesPerSecond: Math.round(count / seconds),
    unchangedRerunSeconds: +secondsAgain.toFixed(2), unchanged: again.filter((r) => r.status === "unchanged").length,
    loadCorpusSeconds: +secondsLoad.toFixed(2), rssMB: Math.round(process.memoryUsage().rss / 1e6), rssBeforeMB: Math.round(rss0 / 1e6),
    summary: await t.store.summary(),
  }));
} finally {
  await t.cleanup();
}
