import type { ExtractedQuote } from "../src/model/quote.ts";
import type { PredictedAttribution } from "./types.ts";

export interface GroupPredictionsOptions {
  /** group quotes that share a cue into one attribution (default true); false = one per quote */
  group?: boolean;
}

/**
 * Converts the engine's quotes into predicted PolNeAR attribution relations.
 *
 * PolNeAR annotates ONE attribution (source, cue, content) per cue: a quote split by its
 * attribution (“A,” he said, “B.”) is one relation with a discontinuous content. Our contract
 * emits one quote per piece, all with the same cue. The faithful conversion therefore groups the
 * quotes that share the same cue span (same non-null `cue.start`/`cue.end`) into one predicted
 * attribution whose content runs from the first piece's start to the last piece's end (exactly
 * how a gold discontinuous content is scored, see hull-span.ts). Quotes without a cue (floating,
 * unattributed) stay one attribution each. The group takes the index, kind and rule of its first
 * piece in text order (the rule gets "+grouped" when it has several pieces), and the first
 * speaker and source span (with their resolved names) among its pieces. Output is in the order of each group's first piece.
 * With `group: false` every quote is its own attribution (the pre-grouping measure).
 */
export function groupPredictions(quotes: readonly ExtractedQuote[], options: GroupPredictionsOptions = {}): PredictedAttribution[] {
  const single = (q: ExtractedQuote, index: number): PredictedAttribution => ({
    index,
    content: [q.start, q.end] as const,
    kind: q.kind,
    rule: q.rule,
    speaker: q.speaker ? ([q.speaker.start, q.speaker.end] as const) : null,
    source: q.source ? ([q.source.start, q.source.end] as const) : null,
    speakerName: q.speaker ? q.speaker.name : null,
    sourceName: q.source ? q.source.name : null,
  });
  if (options.group === false) return quotes.map(single);
  const groups = new Map<string, number[]>();
  const order: (number | number[])[] = [];
  quotes.forEach((q, index) => {
    if (!q.cue) { order.push(index); return; }
    const key = `${q.cue.start}:${q.cue.end}`;
    const members = groups.get(key);
    if (members) members.push(index);
    else {
      const fresh = [index];
      groups.set(key, fresh);
      order.push(fresh);
    }
  });
  return order.map((entry) => {
    if (typeof entry === "number") return single(quotes[entry] as ExtractedQuote, entry);
    const members = [...entry].sort((a, b) => {
      const qa = quotes[a] as ExtractedQuote;
      const qb = quotes[b] as ExtractedQuote;
      return qa.start - qb.start || qa.end - qb.end || a - b;
    });
    const first = members[0] as number;
    const head = single(quotes[first] as ExtractedQuote, first);
    if (members.length === 1) return head;
    let start = Infinity;
    let end = -Infinity;
    let speaker: PredictedAttribution["speaker"] = null;
    let source: PredictedAttribution["source"] = null;
    let speakerName: string | null = null;
    let sourceName: string | null = null;
    for (const m of members) {
      const q = quotes[m] as ExtractedQuote;
      start = Math.min(start, q.start);
      end = Math.max(end, q.end);
      if (!speaker && q.speaker) { speaker = [q.speaker.start, q.speaker.end] as const; speakerName = q.speaker.name; }
      if (!source && q.source) { source = [q.source.start, q.source.end] as const; sourceName = q.source.name; }
    }
    return { ...head, content: [start, end] as const, rule: `${head.rule}+grouped`, speaker, source, speakerName, sourceName };
  });
}
