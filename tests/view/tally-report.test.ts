import { describe, expect, it } from "vitest";
import type { CorpusArticle, CorpusMention } from "../../src/model/corpus.ts";
import type { FamilyProvenance } from "../../src/model/provenance.ts";
import { buildFamilyView } from "../../src/view/build-family-view.ts";
import { createReportTally } from "../../src/view/tally-report.ts";
import { compareFamilies } from "../../src/view/compare-families.ts";
import { compareStrings } from "../../src/model/compare-strings.ts";
import { GENERATED_AT, makeSeedLikeReportInput } from "./report-test-input.ts";

function views() {
  const input = makeSeedLikeReportInput();
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));
  const provenance = new Map<string, FamilyProvenance>(input.provenance.map((p) => [p.familyId, p]));
  const heads = [...input.corpus.articles].sort((a, b) => compareStrings(a.id, b.id));
  return { heads, views: input.match.families.map((f) => buildFamilyView(f, provenance.get(f.id), articles, mentions)), mentions: input.corpus.mentions.length };
}

describe("createReportTally", () => {
  it("regression: the streamed report's tally held a summary per family (memory grew with the store); without keepFamilies it holds none and gives the same index", () => {
    const { heads, views: all, mentions } = views();
    expect(all.length).toBeGreaterThan(3);
    const kept = createReportTally(GENERATED_AT);
    kept.addArticles(heads);
    kept.addFamilies(all);
    const whole = kept.finish(mentions);
    const streamed = createReportTally(GENERATED_AT, { keepFamilies: false });
    streamed.addArticles(heads);
    // in reverse batches of 2: the names' entries must not depend on the order families come in
    const returned = [];
    for (let i = all.length; i > 0; i -= 2) returned.push(...streamed.addFamilies(all.slice(Math.max(0, i - 2), i)));
    const index = streamed.finish(mentions);
    expect(index.families).toEqual([]);
    expect({ ...index, families: whole.families }).toEqual(whole);
    // the summaries it returns, ranked by compareFamilies, are the kept tally's families
    expect(returned.sort(compareFamilies).map((s, i) => ({ ...s, rank: i + 1 }))).toEqual(whole.families);
    expect([...streamed.familyFlags()].sort()).toEqual([...new Set(whole.families.flatMap((f) => f.flagCounts.map((c) => c.flag)))].sort());
  });
});
