import { isQuoteDrift } from "../drift/is-quote-drift.ts";
import type { OccurrenceView } from "./build-family-view.ts";

/**
 * An occurrence that altered the quoted words: a medium or high change that is drift for its
 * link (isQuoteDrift: not a paraphrase's own wording, not a partial quote's cut). What the
 * outlets' "altered mentions" count and their pages' "What it altered" list.
 */
export function isAlteredOccurrence(occurrence: Pick<OccurrenceView, "link" | "changes">): boolean {
  return occurrence.changes.some((c) => c.severity !== "low" && isQuoteDrift(occurrence.link, c));
}
