import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests share one embedded store / one server database per file; keep files serial
    // where they touch the database (they use their own schema names, see tests/helpers).
    fileParallelism: true,
    pool: "forks",
  },
});
