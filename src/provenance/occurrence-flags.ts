import type { OccurrenceFlag } from "../model/provenance.ts";

/**
 * The provenance flags, in one table: their order on an occurrence and their one-line
 * definitions, as reports (the family page's legend), the audit and the README print them.
 * The type OccurrenceFlag (src/model/provenance.ts), `schemas/report.schema.json` and the Prisma
 * enum `FlagType` are checked against it (tests/provenance/occurrence-flags.test.ts).
 */

export interface OccurrenceFlagRow {
  flag: OccurrenceFlag;
  /** one line, for the legend of every page that shows flags */
  definition: string;
}

/** In the order flags are listed on an occurrence (also the JSON schema's and the Prisma enum's). */
export const OCCURRENCE_FLAGS = [
  {
    flag: "source-dropped",
    definition: "names no source for the quote (neither on the quote nor by a wire credit of the whole article) while another outlet's occurrence does",
  },
  {
    flag: "source-changed",
    definition: "credits a source other than the family's attributed origin",
  },
  {
    flag: "altered-under-same-source",
    definition: "credits the family's origin but changes the quoted words (drift: medium or high, not typography, spelling or the like)",
  },
  {
    flag: "predates-source",
    definition: "its page is dated before the earliest page of an outlet it credits that carries the quote",
  },
  {
    flag: "page-date-mismatch",
    definition: "page date more than 7 days after the date of the event",
  },
  {
    flag: "altered-and-uncredited",
    definition: "both changes the quoted words (drift) and names no source for them (source-dropped)",
  },
] as const satisfies readonly OccurrenceFlagRow[];

/** Each flag's one-line definition. */
export const FLAG_DEFINITIONS: ReadonlyMap<OccurrenceFlag, string> = new Map(OCCURRENCE_FLAGS.map((row) => [row.flag, row.definition]));
