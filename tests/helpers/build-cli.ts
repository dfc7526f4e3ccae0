import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * vitest globalSetup: compiles the CLI (`npm run build` -> dist/) once before any test file runs,
 * so tests that spawn bin/quotetrail.mjs run the current sources, never a stale dist/, and do so
 * in the compiled layout users get (dist/store finds prisma/migrations, lazy command loading).
 * In-process tests (tests/helpers/run-cli.ts) use the sources directly and do not need it.
 */
export default function buildCli(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  const result = spawnSync("npm", ["run", "-s", "build"], { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${String(result.status)}), so the CLI tests would run a stale dist/:\n${result.stdout}${result.stderr}${result.error?.message ?? ""}`);
  }
}
