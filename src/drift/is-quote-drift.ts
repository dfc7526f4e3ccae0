import type { Change, LinkType } from "../model/family.ts";
import { getChangeClass } from "./change-classes.ts";

/**
 * Whether `change`, found on an occurrence linked to its family as `link`, counts in the
 * family's drift figures: what the index ranks by (highest severity), what makes an outlet's
 * mention "altered" (with a severity above low). Not a paraphrase's changes (its wording is the
 * outlet's own, not a quotation), nor, on a partial quote or one piece of a split one, a change
 * of a class that is the excerpt's own cut (`isExcerptCut` in change-classes.ts: truncation),
 * reported apart as such. Every other class counts, the cosmetic ones at their low severity.
 * The family page and the audit still list every change.
 */
export function isQuoteDrift(link: LinkType, change: Change): boolean {
  if (link === "paraphrase") return false;
  return !(getChangeClass(change.type).isExcerptCut && (link === "partial" || link === "split"));
}
