import type { MatchKey } from "./build-key-table.ts";

/** The two wordings' dates are at most `windowDays` apart (always true when one is undated). */
export function isWithinWindow(a: MatchKey, b: MatchKey, windowDays: number | null): boolean {
  if (windowDays === null || a.undated || b.undated) return true;
  const gap = Math.max(a.minDay, b.minDay) - Math.min(a.maxDay, b.maxDay);
  return !(gap > windowDays);
}
