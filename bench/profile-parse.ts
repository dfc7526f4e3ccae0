/**
 * Profiling driver (not a benchmark): parse + extract over `--data` files, `--runs` times, so a CPU
 * profile has enough samples. `node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx
 * bench/profile-parse.ts --data /work/shared/eval/polnear/polnear_train.jsonl --runs 5`
 *
 * `--skip N --out FILE` profiles only the passes after the first N (the warm passes the bench's
 * figure is about, without the cold pass's compiling) through node:inspector and writes the
 * profile to FILE (open it in Chrome DevTools, or sum its samples by function): `npx tsx
 * bench/profile-parse.ts --data .../polnear_train.jsonl --skip 1 --runs 3 --out /tmp/warm.cpuprofile`.
 * Under tsx a module is one line, so the profile names functions, not lines.
 */
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractQuotes } from "../src/extract/extract-quotes.ts";
import { parseArticle } from "../src/ingest/parse-article.ts";
import { readBenchData } from "./read-bench-data.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", multiple: true, default: [] },
    runs: { type: "string", default: "5" },
    skip: { type: "string", default: "0" },
    out: { type: "string" },
  },
});
const docs = (values.data ?? []).flatMap((p) => readBenchData(p).documents);

function pass(): void {
  for (const doc of docs) {
    const article = parseArticle(doc, {});
    if (article.mined) extractQuotes(article);
  }
}

const skip = Number(values.skip);
for (let run = 0; run < skip; run++) pass();
if (values.out === undefined) {
  for (let run = 0; run < Number(values.runs); run++) pass();
} else {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  await post("Profiler.start");
  for (let run = 0; run < Number(values.runs); run++) pass();
  const { profile } = (await post("Profiler.stop")) as { profile: unknown };
  writeFileSync(values.out, JSON.stringify(profile));
  session.disconnect();
}
