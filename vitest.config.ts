import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // builds dist/ first: tests that spawn bin/quotetrail.mjs must not run a stale build
    globalSetup: ["tests/helpers/build-cli.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests share one embedded store / one server database per file; keep files serial
    // where they touch the database (they use their own schema names, see tests/helpers).
    fileParallelism: true,
    pool: "forks",
  },
});
