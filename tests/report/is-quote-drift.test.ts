import { describe, expect, it } from "vitest";
import { buildReportData } from "../../src/report/build-report-data.ts";
import { isQuoteDrift } from "../../src/report/is-quote-drift.ts";
import type { Change } from "../../src/model/family.ts";
import { makeSeedLikeReportInput } from "./report-test-input.ts";

const cut: Change = { type: "truncation", from: "the SCO, actively", to: "...", severity: "high" };
const swap: Change = { type: "substitution", from: "We will continue", to: "China is ready", severity: "high" };

describe("isQuoteDrift", () => {
  it("counts changes of quotations, not a paraphrase's own wording nor an excerpt's cut", () => {
    expect(isQuoteDrift("variant", swap)).toBe(true);
    expect(isQuoteDrift("variant", cut)).toBe(true); // a quote cut short while presented whole
    expect(isQuoteDrift("partial", cut)).toBe(false);
    expect(isQuoteDrift("split", cut)).toBe(false);
    expect(isQuoteDrift("partial", swap)).toBe(true); // words changed inside the excerpt still count
    expect(isQuoteDrift("paraphrase", swap)).toBe(false);
  });

  it("regression: a paraphrase's high changes no longer make the index rank its family as high drift", () => {
    const input = makeSeedLikeReportInput();
    const family = input.match.families.find((f) => f.members.length > 1)!;
    const before = buildReportData(input).families.find((f) => f.id === family.id)!;
    const other = family.members.find((m) => m.mentionId !== family.canonicalMentionId)!;
    other.link = "paraphrase";
    other.changes = [swap];
    const after = buildReportData(input);
    const report = after.families.find((f) => f.id === family.id)!;
    expect(report.occurrences.find((o) => o.mentionId === other.mentionId)?.changes).toEqual([swap]); // still listed
    expect(before.maxSeverity).not.toBe("high"); // the fixture's family starts below high
    expect(report.maxSeverity).not.toBe("high");
    other.link = "variant";
    expect(buildReportData(input).families.find((f) => f.id === family.id)!.maxSeverity).toBe("high");
  });
});
