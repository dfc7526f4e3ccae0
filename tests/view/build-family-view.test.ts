import { describe, expect, it } from "vitest";
import { auditQuote } from "../../src/audit/audit-quote.ts";
import type { CorpusArticle, CorpusMention } from "../../src/model/corpus.ts";
import { buildFamilyView } from "../../src/view/build-family-view.ts";
import { buildReportData } from "../../src/view/build-report-data.ts";
import { makeSeedLikeReportInput } from "./report-test-input.ts";

describe("buildFamilyView", () => {
  const input = makeSeedLikeReportInput();
  const articles = new Map<string, CorpusArticle>(input.corpus.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, CorpusMention>(input.corpus.mentions.map((m) => [m.id, m]));

  it("is each family of the report model, less its rank", () => {
    const data = buildReportData(input);
    for (const family of input.match.families) {
      const view = buildFamilyView(family, input.provenance.find((p) => p.familyId === family.id), articles, mentions);
      const { rank, ...reported } = data.families.find((f) => f.id === family.id)!;
      expect(rank).toBeGreaterThan(0);
      expect(reported).toEqual(view);
    }
  });

  it("is what the audit shows: same occurrences, in the same order, with the same changes", () => {
    const family = input.match.families.find((f) => f.members.length > 2)!;
    const view = buildFamilyView(family, input.provenance.find((p) => p.familyId === family.id), articles, mentions);
    const audit = auditQuote({ familyId: family.id }, input).family!;
    expect(audit.canonical.text).toBe(view.canonical.text);
    expect(audit.occurrences.map((o) => [o.mentionId, o.outlet, o.link, o.changes])).toEqual(view.occurrences.map((o) => [o.mentionId, o.outlet, o.link, o.changes]));
  });
});
