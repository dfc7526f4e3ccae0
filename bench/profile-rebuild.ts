/**
 * Where `match --rebuild` spends its time on a store (bench:scale's databases): wall and CPU
 * milliseconds of each step of the rebuild (load the corpus, match, trace provenance, save), run
 * as updateMatches runs them but without saving under the match lock. Writes the match like the
 * rebuild does. Args: --url postgresql://... (a bench store)
 */
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open-store.ts";
import { toMatchableMentions } from "../src/match/to-matchable-mentions.ts";
import { matchMentions } from "../src/match/match-mentions.ts";
import { traceProvenance } from "../src/provenance/trace-provenance.ts";

const { values } = parseArgs({ options: { url: { type: "string" } } });
const store = await openStore({ databaseUrl: values.url ?? "" });
const steps: Record<string, { wallMs: number; cpuMs: number }> = {};
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  steps[name] = { wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1000) };
  process.stderr.write(`${name}: ${JSON.stringify(steps[name])}\n`);
  return result;
}
try {
  const corpus = await step("loadCorpus", () => store.loadCorpus());
  const mentions = toMatchableMentions(corpus);
  const result = await step("matchMentions", () => matchMentions(mentions));
  const provenance = await step("traceProvenance", () => traceProvenance(corpus, result));
  await step("saveMatch", () => store.saveMatch(result, provenance));
} finally {
  await store.close();
}
console.log(JSON.stringify({ steps, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
