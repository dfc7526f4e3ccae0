/**
 * Orders ISO dates (YYYY-MM-DD) ascending with unknown dates last: the order every stage uses
 * for "earliest appearance", so matching, reports and the audit never disagree about it.
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
