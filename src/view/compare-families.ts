import { compareStrings } from "../model/compare-strings.ts";
import type { FamilySummary } from "./build-report-data.ts";
import { rankSeverity } from "./rank-severity.ts";

/** What a family's place in the index depends on. */
export type FamilyRankKey = Pick<FamilySummary, "id" | "spread" | "maxSeverity" | "mentionCount">;

/** The index order of families: spread, then highest drift severity, then mentions, then id. */
export function compareFamilies(a: FamilyRankKey, b: FamilyRankKey): number {
  return b.spread - a.spread || rankSeverity(b.maxSeverity) - rankSeverity(a.maxSeverity) ||
    b.mentionCount - a.mentionCount || compareStrings(a.id, b.id);
}
