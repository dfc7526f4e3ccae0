import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDependencyRules, findImportSpecifiers } from "./check-dependency-rules.js";

const root = resolve(import.meta.dirname, "../..");

describe("dependency rules (README: Dependency rules)", () => {
  it("hold for every file under src/", () => {
    expect(checkDependencyRules(root)).toEqual([]);
  });
});

describe("checkDependencyRules catches a wrong import", () => {
  const sandbox = mkdtempSync(join(tmpdir(), "qt-deps-"));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(join(sandbox, "p-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it("audit importing report", () => {
    const dir = project({
      "src/report/render-x.ts": "export const x = 1;\n",
      "src/audit/audit-x.ts": 'import { x } from "../report/render-x.js";\nexport const y = x;\n',
    });
    expect(checkDependencyRules(dir).map((v) => v.rule)).toEqual([
      "audit may not import report (allowed: model, lexicon, text, drift, provenance, view)",
    ]);
  });

  it("a stage importing the store, and the Prisma client outside the store", () => {
    const dir = project({
      "src/store/open-x.ts": "export const s = 1;\n",
      "src/match/match-x.ts": 'import { s } from "../store/open-x.js";\nimport type { PrismaClient } from "@prisma/client";\nexport const m = s;\n',
    });
    expect(checkDependencyRules(dir).map((v) => v.rule)).toEqual([
      "match may not import store (allowed: model, lexicon, text, drift)",
      "only src/store/ imports the Prisma client or a database driver",
    ]);
  });

  it("file I/O in a pure stage, and a layer importing upwards", () => {
    const dir = project({
      "src/app/run-x.ts": "export const a = 1;\n",
      "src/extract/extract-x.ts": 'import fs from "node:fs";\nconst later = await import("../app/run-x.js");\nexport const e = [fs, later];\n',
    });
    expect(checkDependencyRules(dir).map((v) => v.rule)).toEqual([
      "extract is a pure stage: no file, process or network I/O",
      "extract may not import app (allowed: model, lexicon, text, ingest)",
    ]);
  });

  it("an unknown top-level folder must be declared", () => {
    const dir = project({ "src/misc/do-x.ts": "export const z = 1;\n" });
    expect(checkDependencyRules(dir)[0]?.rule).toMatch(/not a known layer/);
  });
});

describe("findImportSpecifiers", () => {
  it("reads static, type, re-export, dynamic and side-effect imports, not comments", () => {
    const source = [
      'import a from "./a.js";',
      'import type { B } from "../b/b.js";',
      'export { c } from "./c.js";',
      'export * from "./d.js";',
      'const e = await import("./e.js");',
      'import "./f.js";',
      '// import g from "./g.js";',
      '/* import h from "./h.js"; */',
      "import {",
      "  i,",
      '} from "./i.js";',
    ].join("\n");
    expect(findImportSpecifiers(source)).toEqual(["./a.js", "../b/b.js", "./c.js", "./d.js", "./e.js", "./f.js", "./i.js"]);
  });
});
