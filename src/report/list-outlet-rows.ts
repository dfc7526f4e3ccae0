import { isAlteredOccurrence } from "../view/is-altered-occurrence.ts";
import type { FamilyReport } from "../view/build-report-data.ts";
import { makeNameKey } from "../text/make-name-key.ts";
import type { PageContext } from "./build-page-context.ts";
import type { OccurrenceTableOptions } from "./list-occurrence-columns.ts";
import { renderHtmlOccurrenceRow } from "./render-html-occurrence-row.ts";
import { renderMarkdownOccurrenceRow } from "./render-markdown-occurrence-row.ts";

/** The occurrence table of an outlet page: each row names its family. */
export const OUTLET_TABLE: OccurrenceTableOptions = { root: "../", showFamily: true, showOutlet: false, showChanges: true };

/** An outlet page's occurrences in three parts, each occurrence in exactly one. */
export interface OutletParts<T> {
  /** a medium or high change to the quoted words (isAlteredOccurrence), flagged or not */
  altered: T[];
  /** flagged (dropped or changed the credit, ...) but the words not altered */
  flagged: T[];
  rest: T[];
}

/**
 * One occurrence's row on its outlet's page, rendered, with what orders it there: page date
 * (undated last), event date, the family's rank, its place in the family's timeline. Plain data
 * (a report too large for memory keeps these on disk until the outlet's page is assembled).
 */
export interface OutletRow {
  /** the outlet's name key (makeNameKey) */
  outletKey: string;
  publishedAt: string | null;
  eventDate: string | null;
  rank: number;
  position: number;
  part: keyof OutletParts<unknown>;
  md: string | null;
  html: string | null;
}

/** The rows one family adds to the pages of the outlets that carried it (for the formats asked). */
export function listOutletRows(family: FamilyReport, context: PageContext, formats: { md: boolean; html: boolean }): OutletRow[] {
  const rows: OutletRow[] = [];
  family.occurrences.forEach((occurrence, position) => {
    if (occurrence.outlet === null) return;
    const row = { family, occurrence };
    rows.push({
      outletKey: makeNameKey(occurrence.outlet),
      publishedAt: occurrence.publishedAt,
      eventDate: occurrence.eventDate,
      rank: family.rank,
      position,
      part: isAlteredOccurrence(occurrence) ? "altered" : occurrence.flags.length > 0 ? "flagged" : "rest",
      md: formats.md ? renderMarkdownOccurrenceRow(row, context, OUTLET_TABLE) : null,
      html: formats.html ? renderHtmlOccurrenceRow(row, context, OUTLET_TABLE) : null,
    });
  });
  return rows;
}
