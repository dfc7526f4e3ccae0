import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../src/app/run-demo.ts";
import { openTestStore, type TestStore } from "../helpers/open-test-store.ts";

const root = path.resolve(import.meta.dirname, "../..");
let t: TestStore;
let cwd: string;

beforeAll(async () => {
  t = await openTestStore();
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "qt-run-demo-"));
  fs.cpSync(path.join(root, "seeds"), path.join(cwd, "seeds"), { recursive: true });
});
afterAll(async () => {
  await t.cleanup();
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe("runDemo", () => {
  it("ingests seeds/, matches, writes reports/ stamped with the latest page date; a second run adds nothing", async () => {
    const events: string[] = [];
    const first = await runDemo(t.store, {
      cwd,
      onProgress: () => void (events.at(-1) !== "progress" && events.push("progress")),
      onIngested: () => void events.push("ingested"),
    });
    expect(events).toEqual(["progress", "ingested"]);
    expect(first.ingest.saved.map((s) => s.status)).toEqual(["new", "new", "new", "new", "new"]);
    expect(first.ingest.rejected).toEqual([]);
    expect(first.totals).toMatchObject({ articles: 5, versions: 5, outlets: 5 });
    expect(first.match.families).toBe(first.totals.families);
    expect(first.reportDir).toBe("reports");
    const written = first.reportFiles;
    expect(written).toEqual(expect.arrayContaining(["index.md", "index.html", "report.json"]));
    for (const file of written) expect(fs.existsSync(path.join(cwd, "reports", file)), file).toBe(true);
    // no clock: the stamp is the corpus's latest page date, so the committed reports reproduce
    const report = JSON.parse(fs.readFileSync(path.join(cwd, "reports", "report.json"), "utf8"));
    expect(report.generatedAt).toBe("2023-09-25T00:00:00.000Z");

    const second = await runDemo(t.store, { cwd, generatedAt: "2030-01-02T03:04:05.000Z" });
    expect(second.ingest.saved.map((s) => s.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(second.totals).toEqual(first.totals);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "reports", "report.json"), "utf8")).generatedAt).toBe("2030-01-02T03:04:05.000Z");
  });
});
