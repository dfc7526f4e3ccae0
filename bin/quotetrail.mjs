#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm ci` and `npm install` run it through the
// "prepare" script), so start-up does not transpile TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("quotetrail: the compiled CLI (dist/) is missing: run `npm run build` in the quotetrail folder\n");
  process.exit(1);
}
warnIfStale(fileURLToPath(new URL("../src/", import.meta.url)), statSync(main).mtimeMs);
const { runProcess } = await import(main.href);
await runProcess(process.argv.slice(2));

/** In a source checkout, says so when a .ts file under src/ is newer than the build (a few ms). */
function warnIfStale(srcDir, builtAt) {
  if (!existsSync(srcDir)) return;
  for (const file of readdirSync(srcDir, { recursive: true })) {
    if (typeof file === "string" && file.endsWith(".ts") && statSync(srcDir + file).mtimeMs > builtAt) {
      process.stderr.write(`quotetrail: warning: src/${file} changed after the last build; run \`npm run build\` to use it\n`);
      return;
    }
  }
}
