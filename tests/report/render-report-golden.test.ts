/**
 * Golden test of the whole report over the seed-like fixture: every file renderReport produces
 * must equal tests/golden/report-fixture/<path> byte for byte, and no golden file may be left
 * without a rendered counterpart. After an intended change, regenerate with
 *   UPDATE_GOLDEN=1 npx vitest run tests/report/render-report-golden.test.ts
 * and review the diff.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/render-report.ts";
import { makeSeedLikeReportInput } from "../view/report-test-input.ts";

const GOLDEN_DIR = fileURLToPath(new URL("../golden/report-fixture/", import.meta.url));

function listFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries
    .map((entry) => join(dir, entry))
    .filter((path) => { try { readFileSync(path); return true; } catch { return false; } })
    .map((path) => relative(dir, path).split("\\").join("/"))
    .sort();
}

describe("report golden files (seed-like fixture)", () => {
  const files = renderReport(makeSeedLikeReportInput(), { formats: ["md", "html", "json"] });

  if (process.env.UPDATE_GOLDEN === "1") {
    rmSync(GOLDEN_DIR, { recursive: true, force: true });
    for (const file of files) {
      const path = join(GOLDEN_DIR, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  }

  it("produces exactly the golden set of files", () => {
    expect(files.map((f) => f.path)).toEqual(listFiles(GOLDEN_DIR));
  });

  for (const file of files) {
    it(`${file.path} matches its golden file`, () => {
      let golden: string;
      try {
        golden = readFileSync(join(GOLDEN_DIR, file.path), "utf8");
      } catch {
        throw new Error(`No golden file for ${file.path}: run UPDATE_GOLDEN=1 npx vitest run tests/report/render-report-golden.test.ts`);
      }
      expect(file.content).toBe(golden);
    });
  }
});
