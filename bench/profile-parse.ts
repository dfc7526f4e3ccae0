/**
 * Profiling driver (not a benchmark): parse + extract over `--data` files, `--runs` times, so a CPU
 * profile has enough samples. `node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx
 * bench/profile-parse.ts --data /work/shared/eval/polnear/polnear_train.jsonl --runs 5`
 */
import { parseArgs } from "node:util";
import { extractQuotes } from "../src/extract/extract-quotes.ts";
import { parseArticle } from "../src/ingest/parse-article.ts";
import { readBenchData } from "./read-bench-data.ts";

const { values } = parseArgs({ options: { data: { type: "string", multiple: true, default: [] }, runs: { type: "string", default: "5" } } });
const docs = (values.data ?? []).flatMap((p) => readBenchData(p).documents);
for (let run = 0; run < Number(values.runs); run++) {
  for (const doc of docs) {
    const article = parseArticle(doc, {});
    if (article.mined) extractQuotes(article);
  }
}
