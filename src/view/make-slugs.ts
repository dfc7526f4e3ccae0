import { makeNameKey } from "../text/make-name-key.ts";
import { makeStableId } from "../model/make-stable-id.ts";

/**
 * File-safe, readable, stable page names for a list of names (outlets, speakers), by name key
 * (makeNameKey): "Middle East Monitor" -> "middle-east-monitor". A name with no ASCII letter or
 * digit, or whose slug another name already has, gets a stable hashed suffix
 * (makeStableId of its key), so two names never share a page. Deterministic: the same list in
 * the same order gives the same slugs.
 */
export function makeSlugs(names: readonly string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const key = makeNameKey(name);
    if (byKey.has(key)) continue;
    const ascii = key.normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
    let slug = ascii;
    if (slug === "" || taken.has(slug)) slug = `${ascii === "" ? "x" : ascii}-${makeStableId("s", key).slice(2, 8)}`;
    taken.add(slug);
    byKey.set(key, slug);
  }
  return byKey;
}
