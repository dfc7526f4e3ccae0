import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/app/ingest-files.ts";
import { updateMatches } from "../../src/app/update-matches.ts";
import { writeReport } from "../../src/app/write-report.ts";
import { renderReport } from "../../src/report/render-report.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

const root = path.resolve(import.meta.dirname, "../..");
let t: TestStore;
let out: string;

beforeAll(async () => {
  t = await openTestStore();
  out = fs.mkdtempSync(path.join(os.tmpdir(), "qt-write-report-"));
  await ingestFiles(t.store, { paths: [path.join(root, "seeds")], cwd: root });
  await updateMatches(t.store, { rebuild: false });
});
afterAll(async () => {
  await t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

describe("writeReport streams the report in batches of families (issue 15 #2)", () => {
  // The streamed report ranks families from compact summaries, writes report.json entry by entry
  // and assembles outlet and speaker pages from rows kept on disk: any slip (a family out of rank
  // order on a speaker page, an outlet row in the wrong part, a missing comma in report.json)
  // shows as a difference from the whole report rendered in memory.
  it("writes the same bytes as renderReport over the whole store, whatever the batch size", async () => {
    const corpus = await t.store.loadCorpus();
    const { result, provenance } = await t.store.loadMatch();
    const generatedAt = "2026-12-03T00:00:00.000Z";
    const whole = renderReport({ corpus, match: result, provenance, generatedAt }, { formats: ["md", "html", "json"] });
    expect(result.families.length).toBeGreaterThan(10);
    // sort runs of 2 and 7 summaries: the index ranked by the external merge (many runs on disk)
    for (const [batchSize, sortRunSize] of [[1, undefined], [4, 2], [1000, 7], [3, 1000]] as const) {
      const dir = path.join(out, `batch-${batchSize}-${sortRunSize}`);
      const written = await writeReport(t.store, { outDir: dir, formats: ["md", "html", "json"], generatedAt, batchSize, ...(sortRunSize ? { sortRunSize } : {}) });
      expect(written).toEqual(whole.map((f) => f.path));
      for (const file of whole) expect(fs.readFileSync(path.join(dir, file.path), "utf8"), `${file.path} at batch ${batchSize}`).toBe(file.content);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith(".quotetrail-report-tmp-"))).toEqual([]);
    }
  });

  it("writes report.json alone, as renderReport does", async () => {
    const corpus = await t.store.loadCorpus();
    const { result, provenance } = await t.store.loadMatch();
    const generatedAt = "2026-12-03T00:00:00.000Z";
    const [json] = renderReport({ corpus, match: result, provenance, generatedAt }, { formats: ["json"] });
    const dir = path.join(out, "json");
    expect(await writeReport(t.store, { outDir: dir, formats: ["json"], generatedAt, batchSize: 3 })).toEqual(["report.json"]);
    expect(fs.readFileSync(path.join(dir, "report.json"), "utf8")).toBe(json?.content);
  });

  it("with since, reports the families quoted on pages dated on or after it, whole, over those pages", async () => {
    const corpus = await t.store.loadCorpus();
    const { result } = await t.store.loadMatch();
    const dates = [...new Set(corpus.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null))].sort();
    expect(dates.length).toBeGreaterThan(2);
    const since = dates[Math.floor(dates.length / 2)]!;
    const recent = new Set(corpus.articles.filter((a) => (a.publishedAt ?? a.eventDate ?? "") >= since).map((a) => a.id));
    const recentMentions = new Set(corpus.mentions.filter((m) => recent.has(m.articleId)).map((m) => m.id));
    const expected = result.families.filter((f) => f.members.some((m) => recentMentions.has(m.mentionId))).map((f) => f.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(result.families.length);
    const dir = path.join(out, "since");
    await writeReport(t.store, { outDir: dir, formats: ["md", "json"], generatedAt: "2026-12-03T00:00:00.000Z", batchSize: 2, since });
    const json = JSON.parse(fs.readFileSync(path.join(dir, "report.json"), "utf8"));
    expect(json.families.map((f: { id: string }) => f.id).sort()).toEqual(expected);
    expect(json.summary).toMatchObject({ articles: recent.size, mentions: recentMentions.size, families: expected.length });
    // whole families: an older occurrence of a family quoted again recently is on its page
    const members = (id: string) => result.families.find((f) => f.id === id)!.members.length;
    for (const f of json.families as { id: string; mentionCount: number }[]) expect(f.mentionCount).toBe(members(f.id));
    expect(fs.readFileSync(path.join(dir, "index.md"), "utf8")).toContain(`${expected.length} quote families`);
  });
});
