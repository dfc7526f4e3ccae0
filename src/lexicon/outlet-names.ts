import { listOutlets, type OutletEntry } from "./outlets.ts";

let byName: Map<string, OutletEntry> | null = null;

function foldName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/^the /, "").trim();
}

/**
 * The outlet for a name or alias as printed ("Tass", "The Associated Press", "MNA", "Islam Times"),
 * case-insensitively and ignoring a leading "The". Null if unknown.
 */
export function findOutletByName(name: string): OutletEntry | null {
  if (byName === null) {
    byName = new Map();
    for (const entry of listOutlets()) {
      for (const n of [entry.name, ...entry.aliases]) {
        const key = foldName(n);
        if (!byName.has(key)) byName.set(key, entry);
      }
    }
  }
  return byName.get(foldName(name)) ?? null;
}
