/**
 * `npm run eval:extract -- --data <polnear jsonl> [--limit N] [--json] [--errors K] [--no-group]`
 *
 * Scores src/extract's extractQuotes against PolNeAR with the protocol of the eval data README
 * (see eval/README.md). The only I/O of eval/: read the data file, print. Never copies the data.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { extractQuotes } from "../src/extract/extract-quotes.ts";
import { collectErrors } from "./collect-errors.ts";
import { formatEvalReport } from "./format-eval-report.ts";
import { parseEvalArgs } from "./parse-eval-args.ts";
import { readPolnear } from "./read-polnear.ts";
import { runExtractEval } from "./run-extract-eval.ts";

function main(argv: readonly string[]): void {
  let args;
  try {
    args = parseEvalArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  let jsonl: string;
  try {
    jsonl = readFileSync(args.data, "utf8");
  } catch (error) {
    process.stderr.write(`cannot read --data ${args.data}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const docs = readPolnear(jsonl, { limit: args.limit, label: args.data });
  const report = runExtractEval(docs, (input) => extractQuotes(input), {
    group: !args.noGroup,
    now: () => performance.now(),
    cpuNow: () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    },
  });
  const errors = args.errors > 0 ? collectErrors(report.items, { samples: args.errors }) : null;
  if (args.json) {
    process.stdout.write(`${JSON.stringify({
      data: args.data, grouping: report.grouping, summary: report.summary, speed: report.speed,
      contractViolations: report.contractViolations, errors,
    }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatEvalReport(report, args.data, errors)}\n`);
  }
  if (report.contractViolations.length > 0) process.exitCode = 1;
}

main(process.argv.slice(2));
