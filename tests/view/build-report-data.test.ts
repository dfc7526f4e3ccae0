import { describe, expect, it } from "vitest";
import type { Change } from "../../src/model/family.ts";
import { buildReportData } from "../../src/view/build-report-data.ts";
import { makeSeedLikeReportInput } from "./report-test-input.ts";

const swap: Change = { type: "substitution", from: "We will continue", to: "China is ready", severity: "high" };

describe("buildReportData", () => {
  it("regression: a paraphrase's high changes no longer make the index rank its family as high drift", () => {
    const input = makeSeedLikeReportInput();
    const family = input.match.families.find((f) => f.members.length > 1)!;
    const before = buildReportData(input).families.find((f) => f.id === family.id)!;
    const other = family.members.find((m) => m.mentionId !== family.canonicalMentionId)!;
    other.link = "paraphrase";
    other.changes = [swap];
    const after = buildReportData(input);
    const report = after.families.find((f) => f.id === family.id)!;
    // issue 13: a paraphrase is shown with its similarity, without a word-level change list
    expect(report.occurrences.find((o) => o.mentionId === other.mentionId)?.changes).toEqual([]);
    expect(before.maxSeverity).not.toBe("high"); // the fixture's family starts below high
    expect(report.maxSeverity).not.toBe("high");
    other.link = "variant";
    expect(buildReportData(input).families.find((f) => f.id === family.id)!.maxSeverity).toBe("high");
  });

  it("writes each family's id, then its rank, then its view's fields (report.json's key order)", () => {
    const data = buildReportData(makeSeedLikeReportInput());
    const family = data.families[0]!;
    expect(Object.keys(family).slice(0, 5)).toEqual(["id", "rank", "speaker", "speakers", "setting"]);
    expect(data.families.map((f) => f.rank)).toEqual(data.families.map((_f, i) => i + 1));
  });
});
