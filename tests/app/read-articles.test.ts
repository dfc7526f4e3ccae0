import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractFiles } from "../../src/app/extract-files.ts";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import { readArticles, type ReadArticleItem } from "../../src/app/read-articles.ts";
import type { ArticleBundle, SaveArticleResult, Store } from "../../src/store/open-store.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "qt-read-articles-"));
  await writeFile(join(dir, "a-unbalanced.txt"), ` date 2023-08-15\n\nMOSCOW (Reuters) - “We will go on, Li said on Tuesday.\n`);
  await writeFile(join(dir, "b-spanish.txt"), " date 2023-08-15\n\nChina reforzará la cooperación militar con Irán y Bielorrusia, dijo el martes el ministro de Defensa chino.\n");
  await writeFile(join(dir, "c-surrogate.json"), JSON.stringify({ text: "x" }).replace('"x"', '"Li said \\ud83d on Tuesday."'));
  await writeFile(join(dir, "d-empty.txt"), "");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fakeStore = {
  kind: "server",
  async saveArticles(bundles: readonly ArticleBundle[]): Promise<SaveArticleResult[]> {
    return bundles.map((b) => ({ file: b.article.file, status: "new", articleId: "a", versionId: "v" }));
  },
} as unknown as Store;

describe("readArticles: the one read -> parse -> extract loop", () => {
  it("yields articles with their warnings and errors (not info), rejections and read warnings, in input order", async () => {
    const items: ReadArticleItem[] = [];
    for await (const item of readArticles({ paths: ["."], cwd: dir })) items.push(item);
    const shown = items.map((i) => ("rejected" in i ? `rejected ${i.rejected.file}` : "message" in i ? i.message : `article ${i.article.file} ${i.extraction ? "mined" : "not mined"}`));
    expect(shown).toEqual([
      "article a-unbalanced.txt mined",
      "article b-spanish.txt not mined",
      expect.stringMatching(/^c-surrogate\.json: warning: 1 lone UTF-16 surrogate/),
      "article c-surrogate.json mined",
      "rejected d-empty.txt",
    ]);
    const first = items[0]!;
    expect("article" in first && first.messages.some((m) => /^a-unbalanced\.txt: warning: .*quote mark/.test(m))).toBe(true);
    // the Spanish article's "stored, not mined" note is info: kept in the article, not shown
    const spanish = items[1]!;
    expect("article" in spanish && spanish.article.messages.some((m) => m.code === "non-english")).toBe(true);
    expect("article" in spanish && spanish.messages.some((m) => m.includes("not mined"))).toBe(false);
  });

  it("gives ingest and extract the same messages (regression: ingest showed errors only, extract warnings too)", async () => {
    const extracted = await extractFiles({ paths: ["."], cwd: dir });
    const ingested = await ingestFiles(fakeStore, { paths: ["."], cwd: dir });
    expect(ingested.messages).toEqual(extracted.messages);
    expect(ingested.rejected).toEqual(extracted.errors);
    expect(extracted.messages.length).toBeGreaterThan(2);
  });
});
