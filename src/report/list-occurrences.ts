import type { FamilyReport } from "../view/build-report-data.ts";
import type { OccurrenceView } from "../view/build-family-view.ts";
import { compareDates } from "../model/compare-dates.ts";

/** One occurrence with the family it belongs to. */
export interface FamilyOccurrence {
  family: FamilyReport;
  occurrence: OccurrenceView;
}

/**
 * The occurrences of all families grouped by `keyOf` (an outlet's name key, a speaker's; null:
 * in no group), in one pass, so that a report with thousands of outlets and speakers stays linear.
 * Each group is ordered by page date (undated last), then event date, then family rank, then the
 * family's timeline order.
 */
export function listOccurrences(
  families: readonly FamilyReport[], keyOf: (family: FamilyReport, occurrence: OccurrenceView) => string | null,
): Map<string, FamilyOccurrence[]> {
  const groups = new Map<string, (FamilyOccurrence & { position: number })[]>();
  for (const family of families) {
    family.occurrences.forEach((occurrence, position) => {
      const key = keyOf(family, occurrence);
      if (key === null) return;
      const group = groups.get(key);
      if (group) group.push({ family, occurrence, position });
      else groups.set(key, [{ family, occurrence, position }]);
    });
  }
  const sorted = new Map<string, FamilyOccurrence[]>();
  for (const [key, rows] of groups) {
    rows.sort((a, b) =>
      compareDates(a.occurrence.publishedAt, b.occurrence.publishedAt) || compareDates(a.occurrence.eventDate, b.occurrence.eventDate) ||
      a.family.rank - b.family.rank || a.position - b.position);
    sorted.set(key, rows.map(({ family, occurrence }) => ({ family, occurrence })));
  }
  return sorted;
}
