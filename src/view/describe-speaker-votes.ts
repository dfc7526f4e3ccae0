import type { FamilySpeakerVote } from "../model/family.ts";

/**
 * One plain-text line listing the speakers a family's mentions name, when they name more than one
 * ("Donald Trump: 3 mentions (2 named at the quote), Fox News, NYT; Mike Pence: 1 mention, HPO —
 * another person"), else null. Shared by the report pages and the audit (each escapes it).
 */
export function describeSpeakerVotes(votes: readonly FamilySpeakerVote[]): string | null {
  if (votes.length < 2) return null;
  return votes.map((v) => {
    const named = v.namedAtQuote === v.members ? "" : ` (${v.namedAtQuote} named at the quote)`;
    const outlets = v.outlets.length > 0 ? `, ${v.outlets.join(", ")}` : "";
    return `${v.name}: ${v.members} mention${v.members === 1 ? "" : "s"}${named}${outlets}${v.disagrees ? " — another person" : ""}`;
  }).join("; ");
}
