import type { ExtractionResult } from "../src/model/quote.ts";
import type { ArticleScore, GoldOutcome, PredOutcome } from "./score-article.ts";
import type { PolnearDoc, Span } from "./types.ts";

export interface ErrorSample {
  docId: string;
  /** the span in question, with context; the span itself between ⟦ ⟧ */
  context: string;
  /** one line of detail: gold cue/source, or predicted kind/rule/speaker */
  detail: string;
  /** best overlap with the other side (a near miss when > 0) */
  bestOverlap: number;
}

export interface ErrorGroup {
  /** the construction: for misses "<cue> · <shape> · cue <position>", for false positives "<kind> · <rule>" */
  construction: string;
  count: number;
  /** how the items fail: "nothing overlaps", "boundary (overlap < t)", "taken by another" */
  failures: Record<string, number>;
  samples: ErrorSample[];
}

export interface ErrorAnalysis {
  threshold: number;
  misses: ErrorGroup[];
  falsePositives: ErrorGroup[];
  /** miss counts by content shape alone ("direct", "mixed", "indirect", "no content") */
  missesByShape: Record<string, number>;
  /** miss counts by cue alone */
  missesByCue: Record<string, number>;
}

export interface ScoredArticle {
  doc: PolnearDoc;
  result: ExtractionResult;
  score: ArticleScore;
}

export interface CollectErrorsOptions {
  /** index into the score's thresholds (0 = the loosest, 0.3) */
  thresholdIndex?: number;
  /** samples kept per side (misses, false positives), spread over the biggest groups */
  samples: number;
  /** characters of context each side */
  contextChars?: number;
}

const QUOTE_MARKS = /["“”«»„]/g;

/**
 * Groups the speech attributions the engine missed and the predictions that match no gold
 * attribution by construction, for error analysis, and keeps a few samples of each. Pure and
 * deterministic (samples are evenly spaced within each group, groups by size then name).
 */
export function collectErrors(items: readonly ScoredArticle[], options: CollectErrorsOptions): ErrorAnalysis {
  const ti = options.thresholdIndex ?? 0;
  const contextChars = options.contextChars ?? 80;
  const threshold = items[0]?.score.thresholds[ti] ?? 0;
  const misses = new Map<string, { failures: Record<string, number>; all: ErrorSample[] }>();
  const fps = new Map<string, { failures: Record<string, number>; all: ErrorSample[] }>();
  const missesByShape: Record<string, number> = {};
  const missesByCue: Record<string, number> = {};
  const add = (
    table: typeof misses, key: string, failure: string, sample: ErrorSample,
  ): void => {
    const entry = table.get(key) ?? { failures: {}, all: [] };
    entry.failures[failure] = (entry.failures[failure] ?? 0) + 1;
    entry.all.push(sample);
    table.set(key, entry);
  };
  for (const { doc, result, score } of items) {
    for (const g of score.gold) {
      if (!g.cue.speech || g.matched[ti] !== null) continue;
      const shape = contentShape(doc.text, g.content);
      const cueLabel = g.cue.group === "other speech" ? (g.cue.lemma ?? "?") : g.cue.group;
      const position = cuePosition(g, doc);
      missesByShape[shape] = (missesByShape[shape] ?? 0) + 1;
      missesByCue[cueLabel] = (missesByCue[cueLabel] ?? 0) + 1;
      add(misses, `${cueLabel} · ${shape} · cue ${position}`, failureOf(g.bestOverlap, threshold), {
        docId: doc.docId,
        context: g.content ? excerpt(doc.text, g.content, contextChars) : "(no content span)",
        detail: `cue "${g.cueText ?? ""}"${g.source ? `, source "${doc.text.slice(g.source[0], g.source[1])}"` : ""}`,
        bestOverlap: g.bestOverlap,
      });
    }
    for (const p of score.preds) {
      if (p.matched[ti] !== null) continue;
      const quote = result.quotes[p.index];
      add(fps, `${p.kind} · ${p.rule}`, failureOf(p.bestOverlap, threshold), {
        docId: doc.docId,
        context: excerpt(doc.text, p.content, contextChars),
        detail: predDetail(p, quote),
        bestOverlap: p.bestOverlap,
      });
    }
  }
  return {
    threshold,
    misses: toGroups(misses, options.samples),
    falsePositives: toGroups(fps, options.samples),
    missesByShape,
    missesByCue,
  };
}

function failureOf(bestOverlap: number, threshold: number): string {
  if (bestOverlap === 0) return "nothing overlaps";
  if (bestOverlap < threshold) return "boundary (overlap < t)";
  return "taken by another";
}

function contentShape(text: string, content: Span | null): string {
  if (content === null) return "no content";
  const slice = text.slice(content[0], content[1]);
  const marks = slice.match(QUOTE_MARKS)?.length ?? 0;
  const before = text.slice(Math.max(0, content[0] - 1), content[0]);
  if (marks === 0 && !/["“]/.test(before)) return "indirect";
  const trimmed = slice.trim();
  const starts = /^["“«„]/.test(trimmed) || /["“«„]/.test(before);
  const ends = /["”»]$/.test(trimmed.replace(/[.,!?;:]+$/, "")) || /["”»][.,]?$/.test(trimmed);
  return starts && ends && marks <= 2 ? "direct" : "mixed";
}

function cuePosition(g: GoldOutcome, doc: PolnearDoc): string {
  const cue = doc.attributions.find((a) => a.id === g.id)?.cue?.spans[0];
  if (!cue || g.content === null) return "?";
  if (cue[1] <= g.content[0]) return "before";
  if (cue[0] >= g.content[1]) return "after";
  return "inside";
}

function predDetail(p: PredOutcome, quote: ExtractionResult["quotes"][number] | undefined): string {
  if (!quote) return `${p.kind} ${p.rule}`;
  const speaker = quote.speaker ? `speaker "${quote.speaker.mention}"` : "no speaker";
  const cue = quote.cue ? `cue "${quote.cue.text}"` : "no cue";
  const source = quote.source ? `, source "${quote.source.mention}"` : "";
  return `${p.kind} ${p.rule}, ${speaker}, ${cue}${source}`;
}

function excerpt(text: string, span: Span, contextChars: number): string {
  const from = Math.max(0, span[0] - contextChars);
  const to = Math.min(text.length, span[1] + contextChars);
  const middle = text.slice(span[0], span[1]);
  const shown = middle.length > 400 ? `${middle.slice(0, 190)} [...] ${middle.slice(-190)}` : middle;
  const raw = `${from > 0 ? "…" : ""}${text.slice(from, span[0])}⟦${shown}⟧${text.slice(span[1], to)}${to < text.length ? "…" : ""}`;
  return raw.replace(/\s*\n\s*/g, " ⏎ ");
}

function toGroups(
  table: Map<string, { failures: Record<string, number>; all: ErrorSample[] }>, samples: number,
): ErrorGroup[] {
  const groups = [...table.entries()]
    .map(([construction, { failures, all }]) => ({ construction, count: all.length, failures, all }))
    .sort((a, b) => b.count - a.count || a.construction.localeCompare(b.construction));
  // Spread the samples: round-robin over groups, biggest first, evenly spaced within a group.
  const quota = groups.map(() => 0);
  let left = samples;
  while (left > 0) {
    let gave = false;
    groups.forEach((g, i) => {
      if (left > 0 && (quota[i] ?? 0) < g.count) {
        quota[i] = (quota[i] ?? 0) + 1;
        left--;
        gave = true;
      }
    });
    if (!gave) break;
  }
  return groups.map((g, i) => {
    const k = quota[i] ?? 0;
    const picked: ErrorSample[] = [];
    for (let j = 0; j < k; j++) {
      const sample = g.all[Math.floor((j * g.count) / k)];
      if (sample) picked.push(sample);
    }
    return { construction: g.construction, count: g.count, failures: g.failures, samples: picked };
  });
}
