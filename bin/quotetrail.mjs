#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx (no build step), so `npx quotetrail` and
// `npm run -s quotetrail -- <args>` behave the same.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
