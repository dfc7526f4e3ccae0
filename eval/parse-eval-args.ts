import { parseArgs } from "node:util";

export interface EvalArgs {
  data: string;
  limit: number | undefined;
  json: boolean;
  /** samples of misses and of false positives to print (0 = no error analysis) */
  errors: number;
  /** score each quote as its own attribution instead of grouping quotes that share a cue */
  noGroup: boolean;
  /** resolved-speaker labels to score (eval/labels/README.md); null = the default for the data, if any */
  speakers: string | null;
}

const EVAL_USAGE = `usage: npm run eval:extract -- --data <polnear_*.jsonl> [--limit N] [--json] [--errors K] [--no-group] [--speakers FILE]
  --data FILE   PolNeAR JSONL (e.g. ../shared/eval/polnear/polnear_dev.jsonl); read, never copied
  --limit N     score only the first N articles
  --json        print the figures as one JSON document
  --errors K    also print K sample misses and K false positives, grouped by construction
  --no-group    score every quote as its own attribution (default: quotes sharing a cue span are
                ONE attribution, as PolNeAR annotates them; see eval/group-predictions.ts)
  --speakers F  hand-made resolved-speaker labels (JSONL, eval/labels/README.md) to score speaker
                accuracy by kind; default for polnear_dev.jsonl: eval/labels/polnear-dev-speakers.jsonl`;

/** Parses the eval command line; throws an Error whose message includes the usage on misuse. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: "string" },
        limit: { type: "string" },
        json: { type: "boolean", default: false },
        errors: { type: "string" },
        "no-group": { type: "boolean", default: false },
        speakers: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${EVAL_USAGE}`);
  }
  if (values.help) throw new Error(EVAL_USAGE);
  if (!values.data) throw new Error(`--data is required\n${EVAL_USAGE}`);
  const count = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} wants a whole number, got "${raw}"\n${EVAL_USAGE}`);
    return Number(raw);
  };
  return { data: values.data, limit: count("limit", values.limit), json: values.json ?? false, errors: count("errors", values.errors) ?? 0, noGroup: values["no-group"] ?? false, speakers: values.speakers ?? null };
}
