/**
 * One phase of `bench:scale` in a process of its own, so that its peak RSS is its own: `ingest`
 * (read, parse, extract, store the files of --dir, no match), `match` (the incremental match they
 * owe), `rebuild` (match --rebuild), `report` (--format json into --out), `audit` (--text).
 * Prints one JSON line: wall and CPU milliseconds inside the process (start-up excluded), peak RSS.
 */
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open-store.ts";
import { ingestFiles } from "../src/app/ingest-files.ts";
import { updateMatches } from "../src/app/update-matches.ts";
import { writeReport } from "../src/app/write-report.ts";
import { auditQuoteInStore } from "../src/app/audit-quote-in-store.ts";

const { values } = parseArgs({ options: { phase: { type: "string" }, url: { type: "string" }, dir: { type: "string" }, out: { type: "string" }, text: { type: "string" } } });
const store = await openStore({ databaseUrl: values.url ?? "" });
const wall = performance.now();
const cpu = process.cpuUsage();
let extra: unknown = null;
try {
  switch (values.phase) {
    case "ingest": {
      const r = await ingestFiles(store, { paths: [values.dir ?? ""], cwd: process.cwd() });
      extra = { saved: r.saved.length, rejected: r.rejected.length };
      break;
    }
    case "match":
    case "rebuild":
      extra = await updateMatches(store, { rebuild: values.phase === "rebuild" });
      break;
    case "report":
      extra = { files: (await writeReport(store, { outDir: values.out ?? "", formats: ["json"], generatedAt: "2026-12-02T00:00:00Z" })).length };
      break;
    case "audit": {
      const r = await auditQuoteInStore(store, { query: { text: values.text ?? "" } });
      extra = { found: r.family !== null };
      break;
    }
    default:
      throw new Error(`unknown phase ${values.phase}`);
  }
} finally {
  await store.close();
}
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  phase: values.phase, wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1000),
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), extra,
}));
