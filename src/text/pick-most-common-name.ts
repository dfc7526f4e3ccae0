import { makeNameKey } from "./make-name-key.ts";

export interface CommonName {
  /** the name key (make-name-key.ts) the count was made under */
  key: string;
  /** the name as first written */
  name: string;
}

/**
 * The name written most often in `names` (nulls skipped), counted under the one name key so
 * "TASS" and "Tass" are one; ties go to the name that appears first. Provenance picks a family's
 * origin and speaker with it, and the reference-wording rule its credited origin, so the two never
 * disagree about which source a family credits.
 */
export function pickMostCommonName(names: readonly (string | null | undefined)[]): CommonName | null {
  const counts = new Map<string, { name: string; count: number; first: number }>();
  names.forEach((name, index) => {
    if (!name) return;
    const key = makeNameKey(name);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { name, count: 1, first: index });
  });
  let best: (CommonName & { count: number; first: number }) | null = null;
  for (const [key, entry] of counts) {
    if (!best || entry.count > best.count || (entry.count === best.count && entry.first < best.first)) best = { key, ...entry };
  }
  return best === null ? null : { key: best.key, name: best.name };
}
