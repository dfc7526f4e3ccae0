import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import type { ArticleBundle, SaveArticleResult, Store } from "../../src/store/open-store.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "qt-ingest-files-"));
  for (let i = 0; i < 8; i++) await writeFile(join(dir, `a${i}.txt`), ` date 2023-08-15\n\nMOSCOW - Article ${i} said "hello there ${i}."\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ingestFiles", () => {
  it("lets a batch's write progress while the next batch is read (regression: synchronous reads starved the database replies)", async () => {
    let read = 0;
    const calls: { readAtStart: number; readAtEnd: number }[] = [];
    // a write that needs a few turns of the event loop, like the database round trips of a batch
    const store = {
      kind: "server",
      async saveArticles(bundles: readonly ArticleBundle[]): Promise<SaveArticleResult[]> {
        const call = { readAtStart: read, readAtEnd: -1 };
        calls.push(call);
        await new Promise<void>((resolve) => setImmediate(resolve));
        call.readAtEnd = read;
        return bundles.map((b) => ({ file: b.article.file, status: "new", articleId: "a", versionId: "v" }));
      },
    } as unknown as Store;
    const result = await ingestFiles(store, { paths: ["."], cwd: dir, batchSize: 3, onProgress: (p) => void (read = p.read) });
    expect(result.saved.map((r) => r.file)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `a${i}.txt`));
    expect(calls.map((c) => c.readAtStart)).toEqual([3, 6, 8]);
    // the first two writes finished while their next batch was still being read
    expect(calls[0]!.readAtEnd).toBeLessThan(6);
    expect(calls[1]!.readAtEnd).toBeLessThan(8);
  });
});
