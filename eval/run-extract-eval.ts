import type { ExtractionResult } from "../src/model/quote.ts";
import { scoreArticle } from "./score-article.ts";
import type { ScoredArticle } from "./collect-errors.ts";
import { summariseScores, type EvalSummary } from "./summarise-scores.ts";
import type { PolnearDoc, QuotePredictor } from "./types.ts";

export interface RunExtractEvalOptions {
  /** overlap thresholds, loosest first; the protocol's are 0.3 and 0.8 */
  thresholds?: readonly number[];
  /** monotonic clock in milliseconds (performance.now), injected for tests */
  now: () => number;
  /** process CPU time in milliseconds (from process.cpuUsage), injected; optional */
  cpuNow?: () => number;
  /** quotes sharing a cue are scored as one attribution relation (group-predictions.ts); default true */
  group?: boolean;
}

export interface SpeedFigures {
  /** UTF-8 bytes of article text given to the predictor */
  bytes: number;
  /** milliseconds spent inside the predictor */
  ms: number;
  /** bytes / 1e6 per second */
  mbPerSecond: number;
  /** process CPU milliseconds (user + system) spent inside the predictor, when a cpu clock is given */
  cpuMs: number | null;
  mbPerCpuSecond: number | null;
}

export interface ExtractEvalReport {
  summary: EvalSummary;
  /** how quotes became predicted attributions: grouped by shared cue (the default) or one each */
  grouping: { grouped: boolean; quotes: number };
  speed: SpeedFigures;
  /** per-article inputs, outputs and scores, for error analysis */
  items: ScoredArticle[];
  /** quotes that break `text === input.slice(start, end)` or have bad ranges, and articles on which
   *  the predictor threw (quoteId "-") */
  contractViolations: { docId: string; quoteId: string; problem: string }[];
}

const PROTOCOL_THRESHOLDS: readonly number[] = [0.3, 0.8];

/**
 * Runs the predictor on every article exactly as the protocol says (plain body, no regions, no
 * dateline, mined, English) and scores it. Only the predictor call is timed.
 */
export function runExtractEval(docs: readonly PolnearDoc[], predict: QuotePredictor, options: RunExtractEvalOptions): ExtractEvalReport {
  const thresholds = options.thresholds ?? PROTOCOL_THRESHOLDS;
  const items: ScoredArticle[] = [];
  const contractViolations: ExtractEvalReport["contractViolations"] = [];
  let bytes = 0;
  let ms = 0;
  let cpuMs = 0;
  for (const doc of docs) {
    const cpuStarted = options.cpuNow?.() ?? 0;
    const started = options.now();
    let result: ExtractionResult;
    try {
      result = predict({ text: doc.text, regions: [], dateline: null, mined: true, language: "en" });
    } catch (error) {
      // scored as "found nothing" and reported: one bad article must not hide the others' figures
      result = { credits: [], quotes: [], messages: [] };
      contractViolations.push({ docId: doc.docId, quoteId: "-", problem: `extractQuotes threw: ${error instanceof Error ? error.message : String(error)}` });
    }
    ms += options.now() - started;
    cpuMs += (options.cpuNow?.() ?? 0) - cpuStarted;
    bytes += Buffer.byteLength(doc.text, "utf8");
    for (const q of result.quotes) {
      if (!(q.start >= 0 && q.end <= doc.text.length && q.start <= q.end)) {
        contractViolations.push({ docId: doc.docId, quoteId: q.id, problem: `range [${q.start}, ${q.end}) outside the text` });
      } else if (doc.text.slice(q.start, q.end) !== q.text) {
        contractViolations.push({ docId: doc.docId, quoteId: q.id, problem: "text !== input.slice(start, end)" });
      }
    }
    items.push({ doc, result, score: scoreArticle(doc, result, thresholds, { group: options.group ?? true }) });
  }
  return {
    summary: summariseScores(items.map((i) => i.score), thresholds),
    grouping: { grouped: options.group ?? true, quotes: items.reduce((n, i) => n + i.result.quotes.length, 0) },
    speed: {
      bytes, ms, mbPerSecond: ms > 0 ? bytes / 1e6 / (ms / 1000) : 0,
      cpuMs: options.cpuNow ? cpuMs : null,
      mbPerCpuSecond: options.cpuNow && cpuMs > 0 ? bytes / 1e6 / (cpuMs / 1000) : null,
    },
    items,
    contractViolations,
  };
}
