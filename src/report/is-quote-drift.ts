import type { Change, LinkType } from "../model/family.ts";

/**
 * Whether `change`, found on an occurrence linked to its family as `link`, is drift of the quoted
 * words: what the index ranks by, what makes an outlet's mention "altered". Not a paraphrase's
 * changes (its wording is the outlet's own, not a quotation), nor the cut of a partial quote or
 * of one piece of a split one (an excerpt, reported apart as such). The family page and the audit
 * still list every change.
 */
export function isQuoteDrift(link: LinkType, change: Change): boolean {
  if (link === "paraphrase") return false;
  return !(change.type === "truncation" && (link === "partial" || link === "split"));
}
