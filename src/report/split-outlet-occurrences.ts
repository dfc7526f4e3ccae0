import { isAlteredOccurrence } from "../view/is-altered-occurrence.ts";
import type { FamilyOccurrence } from "./list-occurrences.ts";

/** An outlet's occurrences in three parts, each occurrence in exactly one, order kept. */
export interface OutletOccurrences {
  /** a medium or high change to the quoted words (isAlteredOccurrence), flagged or not */
  altered: FamilyOccurrence[];
  /** flagged (dropped or changed the credit, ...) but the words not altered */
  flagged: FamilyOccurrence[];
  rest: FamilyOccurrence[];
}

/** Splits an outlet page's occurrences into altered, flagged-not-altered and the rest. */
export function splitOutletOccurrences(rows: readonly FamilyOccurrence[]): OutletOccurrences {
  const parts: OutletOccurrences = { altered: [], flagged: [], rest: [] };
  for (const row of rows) {
    if (isAlteredOccurrence(row.occurrence)) parts.altered.push(row);
    else if (row.occurrence.flags.length > 0) parts.flagged.push(row);
    else parts.rest.push(row);
  }
  return parts;
}
