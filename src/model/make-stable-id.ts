import { createHash } from "node:crypto";

/**
 * A short, stable, citable id: `<prefix>-<12 base32 chars of sha256(parts joined by \u0000)>`.
 * The same parts always give the same id, so reports can be golden-tested and ids cited.
 */
export function makeStableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  const hash = createHash("sha256");
  hash.update(parts.map((p) => (p === null ? "\u0001null" : String(p))).join("\u0000"));
  const digest = hash.digest();
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case
  let out = "";
  for (let i = 0; i < 12; i++) out += alphabet[(digest[i] ?? 0) % 32];
  return `${prefix}-${out}`;
}
