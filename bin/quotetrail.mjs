#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm ci` and `npm install` run it through the
// "prepare" script), so start-up does not transpile TypeScript.
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write("quotetrail: the compiled CLI (dist/) is missing: run `npm run build` in the quotetrail folder\n");
  process.exit(1);
}
const { runProcess } = await import(main.href);
await runProcess(process.argv.slice(2));
