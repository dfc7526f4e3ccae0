import type { FamilyReport } from "../view/build-report-data.ts";
import type { OccurrenceView } from "../view/build-family-view.ts";
import { compareDates } from "../model/compare-dates.ts";

/** One occurrence with the family it belongs to. */
export interface FamilyOccurrence {
  family: FamilyReport;
  occurrence: OccurrenceView;
}

/**
 * The occurrences of all families that `keep` accepts (one outlet's, one speaker's), ordered by
 * page date (undated last), then event date, then family rank, then the family's timeline order.
 */
export function listOccurrences(
  families: readonly FamilyReport[], keep: (family: FamilyReport, occurrence: OccurrenceView) => boolean,
): FamilyOccurrence[] {
  const rows: (FamilyOccurrence & { position: number })[] = [];
  for (const family of families) {
    family.occurrences.forEach((occurrence, position) => {
      if (keep(family, occurrence)) rows.push({ family, occurrence, position });
    });
  }
  rows.sort((a, b) =>
    compareDates(a.occurrence.publishedAt, b.occurrence.publishedAt) || compareDates(a.occurrence.eventDate, b.occurrence.eventDate) ||
    a.family.rank - b.family.rank || a.position - b.position);
  return rows.map(({ family, occurrence }) => ({ family, occurrence }));
}
