import type { Severity } from "../model/family.ts";

const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** Order of a severity for sorting and maxima: none 0, low 1, medium 2, high 3. */
export function rankSeverity(severity: Severity | null): number {
  return severity === null ? 0 : SEVERITY_RANK[severity];
}
