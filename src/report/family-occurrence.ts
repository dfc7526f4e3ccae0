import type { FamilyReport } from "../view/build-report-data.ts";
import type { OccurrenceView } from "../view/build-family-view.ts";

/** One occurrence with the family it belongs to: a row of an occurrence table. */
export interface FamilyOccurrence {
  family: FamilyReport;
  occurrence: OccurrenceView;
}
