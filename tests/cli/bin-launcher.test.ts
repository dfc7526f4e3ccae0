import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// bin/quotetrail.mjs runs the compiled CLI in dist/ (issue 9 #13). Tried here on a copy of it in
// a throw-away layout whose dist/cli/main.js is a stub, so the real dist/ and src/ stay untouched.

const root = path.resolve(import.meta.dirname, "../..");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qt-bin-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(root, "bin", "quotetrail.mjs"), path.join(dir, "bin", "quotetrail.mjs"));
  fs.mkdirSync(path.join(dir, "src", "cli"), { recursive: true });
  fs.writeFileSync(path.join(dir, "src", "cli", "main.ts"), "// the sources\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(dir, "bin", "quotetrail.mjs"), ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function setTime(file: string, seconds: number): void {
  const time = new Date(seconds * 1000);
  fs.utimesSync(path.join(dir, file), time, time);
}

describe("bin/quotetrail.mjs", () => {
  it("without dist/ says to run `npm run build` and exits 1", () => {
    const r = run("--help");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("quotetrail: the compiled CLI (dist/) is missing: run `npm run build` in the quotetrail folder\n");
  });

  it("runs dist/cli/main.js's runProcess with the arguments, and warns when a source is newer than the build", () => {
    fs.mkdirSync(path.join(dir, "dist", "cli"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "dist", "cli", "main.js"),
      'export async function runProcess(argv) { process.stdout.write(`ran ${JSON.stringify(argv)}\\n`); }\n',
    );
    setTime("src/cli/main.ts", 1_700_000_000);
    setTime("dist/cli/main.js", 1_700_000_100);
    const fresh = run("extract", "a b");
    expect(fresh).toEqual({ code: 0, stdout: 'ran ["extract","a b"]\n', stderr: "" });

    setTime("src/cli/main.ts", 1_700_000_200);
    const stale = run("--help");
    expect(stale.code).toBe(0);
    expect(stale.stdout).toBe('ran ["--help"]\n');
    expect(stale.stderr).toBe("quotetrail: warning: src/cli/main.ts changed after the last build; run `npm run build` to use it\n");
  });
});
