import { parseArgs } from "node:util";

export interface MatchEvalArgs {
  /** the BASIL folder (basil_dev_articles.jsonl, basil_dev_pairs.jsonl, basil_dev_speakers.jsonl) */
  data: string;
  json: boolean;
  /** print every missed same pair, wrong merge and wrong speaker with both sides */
  explain: boolean;
  /** file-name prefix of the data files (default "basil_dev"; e.g. "basil_test" for a kept-back half) */
  prefix: string;
}

const MATCH_EVAL_USAGE = `usage: npm run eval:match -- --data <basil folder> [--json] [--explain] [--prefix basil_dev]
  --data DIR     folder with <prefix>_articles.jsonl, <prefix>_pairs.jsonl and (optional)
                 <prefix>_speakers.jsonl (e.g. ../shared/eval/basil); read, never copied
  --json         print the figures as one JSON document (with --explain: the items too)
  --explain      also list every missed same pair, wrong merge and wrong speaker: both spans'
                 text, mention ids, speakers and families
  --prefix P     file-name prefix of the data files (default basil_dev)
Database: a fresh database on the DATABASE_URL server (dropped after), else a fresh embedded one.`;

/** Parses the eval:match command line; throws an Error whose message includes the usage on misuse. */
export function parseMatchArgs(argv: readonly string[]): MatchEvalArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: "string" },
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        prefix: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${MATCH_EVAL_USAGE}`);
  }
  if (values.help) throw new Error(MATCH_EVAL_USAGE);
  if (!values.data) throw new Error(`--data is required\n${MATCH_EVAL_USAGE}`);
  const prefix = values.prefix ?? "basil_dev";
  if (!/^[\w.-]+$/.test(prefix)) throw new Error(`--prefix wants a file-name prefix, got "${prefix}"\n${MATCH_EVAL_USAGE}`);
  return { data: values.data, json: values.json ?? false, explain: values.explain ?? false, prefix };
}
