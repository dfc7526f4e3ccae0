import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFamilySummarySorter } from "../../src/app/sort-family-summaries.ts";
import type { FamilySummary } from "../../src/view/build-report-data.ts";
import { compareFamilies } from "../../src/view/compare-families.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qt-sort-summaries-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SEVERITIES = [null, "low", "medium", "high"] as const;

function summaries(n: number): FamilySummary[] {
  let x = 7;
  const next = (k: number): number => ((x = (x * 1103515245 + 12345) % 2 ** 31) % k);
  return Array.from({ length: n }, (_, i) => ({
    id: `f${String(next(1000)).padStart(4, "0")}-${i}`, rank: 0, speaker: i % 3 === 0 ? null : `Speaker ${next(5)}`,
    spread: next(4) + 1, mentionCount: next(6) + 1, maxSeverity: SEVERITIES[next(4)] ?? null, origin: null,
    flagCounts: [], outlets: [`Outlet ${next(3)}`], canonical: { text: `words ${i} “quoted”\n\ttab` },
  }));
}

describe("createFamilySummarySorter: the index's order in bounded memory (issue 15 #2)", () => {
  it.each([[1], [3], [50], [1000]])("gives the in-memory order and ranks with runs of %i", async (runSize) => {
    const all = summaries(257);
    const sorter = createFamilySummarySorter(fs.mkdtempSync(path.join(dir, "run-")), runSize);
    for (let i = 0; i < all.length; i += 10) await sorter.add(all.slice(i, i + 10));
    const got: FamilySummary[] = [];
    for await (const s of sorter.sorted()) got.push(s);
    const expected = [...all].sort(compareFamilies).map((s, i) => ({ ...s, rank: i + 1 }));
    expect(got).toEqual(expected);
  });

  it("yields nothing for no families", async () => {
    const sorter = createFamilySummarySorter(dir, 2);
    const got: FamilySummary[] = [];
    for await (const s of sorter.sorted()) got.push(s);
    expect(got).toEqual([]);
  });
});
