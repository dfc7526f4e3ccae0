#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm ci` and `npm install` run it through the
// "prepare" script), so start-up does not transpile TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("quotetrail: the compiled CLI (dist/) is missing: run `npm run build` in the quotetrail folder\n");
  process.exit(1);
}
warnIfStale(fileURLToPath(new URL("../src/", import.meta.url)), statSync(main).mtimeMs);
// `extract` works article by article: what one article builds (its tokens, entity memory, indexes)
// lives until its last sentence, so V8's allocation-site pretenuring takes such sites for
// long-lived and allocates them in the old generation, where, dead, they keep the young objects
// they point to alive until a full GC (PolNeAR train: 20 MB promoted in 3 passes, 0.4 MB without
// it; 5-24 % less CPU a warm pass in 6 alternated pairs). Set before the CLI's modules load, so
// no decision is made before it; bench/bench-parse.ts measures with the same flag
// (docs/measurements.md, issue 9; tests/cli/extract-pretenuring.test.ts).
if (process.argv[2] === "extract") v8.setFlagsFromString("--no-allocation-site-pretenuring");
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
