import { makeArticleBundle } from "./tests/helpers/make-article-bundle.ts";
import { openTestStore } from "./tests/helpers/open-test-store.ts";
import { getStoreInternals } from "./src/store/get-store-internals.ts";
import { saveArticles } from "./src/store/save-articles.ts";
const bundles = [];
for (let i = 0; i < 2000; i++) {
  const quotes = Array.from({ length: 5 }, (_, j) => `Statement ${j} of article ${i}: we will continue ${i * 7 + j}`);
  const text = quotes.map((q) => `"${q}," he said, according to TASS. Some more filler text here to make it longer.`).join("\n\n");
  bundles.push(makeArticleBundle({ file: `g/${i}.txt`, url: `https://x/${i}`, text, outlet: "X" + (i % 5), quotes: quotes.map((q) => ({ text: q, speaker: "Li" + (i % 7), source: "TASS" })) }));
}
const t = await openTestStore();
const times = new Map<string, number>();
await getStoreInternals(t.store).withClient(async (client) => {
  const orig = client.query.bind(client);
  (client as any).query = async (sql: any, params?: any) => {
    const s = performance.now();
    try { return await orig(sql, params); } finally {
      const k = String(sql).replace(/\s+/g, " ").slice(0, 40);
      times.set(k, (times.get(k) ?? 0) + performance.now() - s);
    }
  };
  const s = performance.now();
  await saveArticles(client, bundles);
  console.log("total", performance.now() - s);
});
console.log([...times].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v.toFixed(0)} ${k}`).join("\n"));
await t.cleanup();
