import * as nodeCrypto from "node:crypto";

/** the one-shot hash of Node 20.12+ (createHash before) */
const oneShot = typeof nodeCrypto.hash === "function" ? nodeCrypto.hash : undefined;

/**
 * A short, stable, citable id: `<prefix>-<12 base32 chars of sha256(parts joined by \u0000)>`.
 * The same parts always give the same id, so reports can be golden-tested and ids cited.
 */
export function makeStableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  const text = parts.map((p) => (p === null ? "\u0001null" : String(p))).join("\u0000");
  // the one-shot hash (Node 20.12+) where there is one: a million families' ids are two million hashes
  const digest = oneShot !== undefined ? oneShot("sha256", text, "buffer") : nodeCrypto.createHash("sha256").update(text).digest();
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case
  let out = "";
  for (let i = 0; i < 12; i++) out += alphabet[(digest[i] ?? 0) % 32];
  return `${prefix}-${out}`;
}
