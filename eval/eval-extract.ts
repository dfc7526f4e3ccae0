/**
 * `npm run eval:extract -- --data <polnear jsonl> [--limit N] [--json] [--errors K] [--no-group] [--speakers F]`
 *
 * Scores src/extract's extractQuotes against PolNeAR with the protocol of the eval data README
 * (see eval/README.md). The only I/O of eval/: read the data file, print. Never copies the data.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { extractQuotes } from "../src/extract/extract-quotes.ts";
import { collectErrors } from "./collect-errors.ts";
import { formatEvalReport } from "./format-eval-report.ts";
import { formatSpeakerReport } from "./format-speaker-report.ts";
import { parseEvalArgs } from "./parse-eval-args.ts";
import { readPolnear } from "./read-polnear.ts";
import { readSpeakerLabels } from "./read-speaker-labels.ts";
import { runExtractEval } from "./run-extract-eval.ts";
import { scoreResolvedSpeakers } from "./score-resolved-speakers.ts";

/** the project's own resolved-speaker labels for the PolNeAR dev split, used when --speakers is not given */
const DEV_SPEAKER_LABELS = fileURLToPath(new URL("./labels/polnear-dev-speakers.jsonl", import.meta.url));

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
  const labelsPath = args.speakers ?? (basename(args.data) === "polnear_dev.jsonl" && existsSync(DEV_SPEAKER_LABELS) ? DEV_SPEAKER_LABELS : null);
  let speakers = null;
  if (labelsPath !== null) {
    try {
      speakers = scoreResolvedSpeakers(report.items, readSpeakerLabels(readFileSync(labelsPath, "utf8"), labelsPath));
    } catch (error) {
      process.stderr.write(`cannot score --speakers ${labelsPath}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
      return;
    }
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({
      data: args.data, grouping: report.grouping, summary: report.summary, speed: report.speed,
      contractViolations: report.contractViolations, errors,
      speakers: speakers === null ? null : { labels: labelsPath, ...speakers, items: undefined },
    }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatEvalReport(report, args.data, errors)}\n`);
    if (speakers !== null && labelsPath !== null) process.stdout.write(`\n${formatSpeakerReport(speakers, labelsPath, args.errors)}\n`);
  }
  if (report.contractViolations.length > 0) process.exitCode = 1;
}

main(process.argv.slice(2));
