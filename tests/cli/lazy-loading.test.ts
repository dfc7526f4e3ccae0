import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Start-up (issue 9 #13): `--help` must not load the database driver or Prisma. NODE_DEBUG=module
// makes Node log every CommonJS module it loads (pg is one), so the log shows what was loaded.

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "quotetrail.mjs");
const HEAVY = /node_modules\/(pg|@prisma|prisma|@electric-sql|@mozilla\/readability)\//;

function loadedModules(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env, NODE_DEBUG: "module" },
  });
  return result.stderr;
}

describe("lazy loading", () => {
  it.each(["--help", "ingest --help", "extract --help", "demo --help", "audit --help", "match --help", "report --help", "db --help", "studio --help", "status --help", "enqueue --help", "worker --help", "queue --help"])(
    "quotetrail %s loads neither pg nor Prisma",
    (line) => {
      const log = loadedModules(line.split(" "));
      expect(log).toContain("MODULE"); // the log works at all
      expect(log.split("\n").filter((l) => HEAVY.test(l))).toEqual([]);
    },
  );

  it("the check sees pg when a command opens the database (control)", () => {
    const log = loadedModules(["status"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" });
    expect(log).toMatch(/node_modules\/pg\//);
  });
});
