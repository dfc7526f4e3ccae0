import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url);

/** The src folders a folder's files import from (relative imports only). */
function importedFolders(folder: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(new URL(`${folder}/`, src)).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(new URL(`${folder}/${file}`, src), "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gm)) {
      const spec = m[1] ?? "";
      const target = spec.startsWith("./") ? folder : (/^\.\.\/([^/]+)\//.exec(spec)?.[1] ?? "?");
      out.set(target, [...(out.get(target) ?? []), `${folder}/${file}`]);
    }
  }
  return out;
}

describe("report and audit render from view", () => {
  it("src/report does not import src/audit, nor src/audit src/report", () => {
    expect(importedFolders("report").get("audit") ?? []).toEqual([]);
    expect(importedFolders("audit").get("report") ?? []).toEqual([]);
  });

  it("both import the view (the check above sees their imports)", () => {
    expect(importedFolders("report").has("view")).toBe(true);
    expect(importedFolders("audit").has("view")).toBe(true);
  });
});
